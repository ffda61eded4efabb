import Foundation

/// `waymark export`: one file per locale for a CAT tool (XLIFF 2.0 or 1.2)
/// or a PO package, from the catalogs as `sync` would leave them, so the
/// package always matches the current source even if sync was not run.
public struct CatalogExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case xliff2, xliff12, po
    }

    public var locale: String
    public var format: Format
    public var selection: InterchangeSelection
    /// Only this program's catalogs (nil: all, including UI strings and data).
    public var program: String?

    public init(locale: String, format: Format = .xliff2, selection: InterchangeSelection = .all, program: String? = nil) {
        self.locale = locale
        self.format = format
        self.selection = selection
        self.program = program
    }

    public struct Result: Sendable {
        public var contents: Data?
        public var unitCount: Int
        public var diagnostics: [Diagnostic]
        public var isConfigurationFailure: Bool
    }

    public func export(_ files: ProjectFiles) -> Result {
        let synced = CatalogSynchronizer(locales: [locale]).sync(files)
        guard !synced.isConfigurationFailure, !synced.diagnostics.hasErrors else {
            return Result(contents: nil, unitCount: 0, diagnostics: synced.diagnostics, isConfigurationFailure: synced.isConfigurationFailure)
        }
        let prefix = "\(CatalogStore.localesFolder)/\(locale)/" + (program.map { "\($0)/" } ?? "")
        let catalogs = synced.updates.filter { $0.path.hasPrefix(prefix) && !$0.catalog.liveEntries.isEmpty }.map { ($0.path, $0.catalog) }
        if let program, catalogs.isEmpty {
            return Result(contents: nil, unitCount: 0, diagnostics: [ConfigRule.diagnostic("no program '\(program)' with catalogs for \(locale)", at: SourceLocation(path: ConfigurationLoader.fileName))], isConfigurationFailure: true)
        }
        let sourceLocale = synced.sourceLocale ?? "en"
        let document = CatalogInterchangeMapping.document(sourceLocale: sourceLocale, targetLocale: locale, catalogs: catalogs, selection: selection)
        switch format {
        case .xliff2, .xliff12:
            let version: XLIFFVersion = format == .xliff2 ? .xliff2 : .xliff12
            return Result(contents: document.unitCount == 0 ? nil : Data(version.write(document).utf8), unitCount: document.unitCount, diagnostics: [], isConfigurationFailure: false)
        case .po:
            let package = POPackage.make(catalogs: catalogs, selection: selection, locale: locale)
            return Result(contents: POWriter.data(package), unitCount: package.entries.count, diagnostics: [], isConfigurationFailure: false)
        }
    }
}

/// A PO package: the selected entries of several catalogs in one PO file for
/// editors that take a single file; each entry names its catalog in a
/// `#. waymark-catalog:` comment so `import` routes it back.
enum POPackage {
    static let marker = "waymark-catalog: "
    static let hashMarker = "waymark-hash: "

    static func make(catalogs: [(path: String, catalog: POCatalog)], selection: InterchangeSelection, locale: String) -> POCatalog {
        var package = POCatalog(header: catalogs.first?.catalog.header, entries: [])
        for (path, catalog) in catalogs {
            for var entry in catalog.entries where selection.includes(entry) {
                entry.extractedComments.insert(contentsOf: [marker + path, hashMarker + InterchangeUnit.targetHash(entry.msgstr)], at: 0)
                entry.origin = nil
                package.entries.append(entry)
            }
        }
        return package
    }

    /// Splits a package back into per-catalog units for `ImportMerge`.
    static func document(_ package: POCatalog, sourceLocale: String, path: String) -> (InterchangeDocument, [Diagnostic]) {
        var files: [String: [InterchangeUnit]] = [:]
        var order: [String] = []
        var diagnostics: [Diagnostic] = []
        for var entry in package.entries where !entry.isObsolete {
            guard let index = entry.extractedComments.firstIndex(where: { $0.hasPrefix(marker) }) else {
                diagnostics.append(StaleImportRule.diagnostic("entry has no '#. \(marker)<path>' comment; export the package with 'waymark export --format po'", at: SourceLocation(path: path, line: entry.line)))
                continue
            }
            let catalogPath = String(entry.extractedComments.remove(at: index).dropFirst(marker.count))
            let hash = entry.extractedComments.first { $0.hasPrefix(hashMarker) }.map { String($0.dropFirst(hashMarker.count)) }
            entry.extractedComments.removeAll { $0.hasPrefix(hashMarker) }
            if files[catalogPath] == nil { order.append(catalogPath) }
            // A fuzzy entry in the package stays a draft; translated entries are final.
            files[catalogPath, default: []] += CatalogInterchangeMapping.units(for: entry).map { unit in
                var copy = unit
                copy.exportedTargetHash = hash
                return copy
            }
        }
        let language = package.headerValue("Language") ?? ""
        let document = InterchangeDocument(sourceLocale: sourceLocale, targetLocale: language, files: order.map { InterchangeFile(path: $0, units: files[$0] ?? []) })
        return (document, diagnostics)
    }
}
