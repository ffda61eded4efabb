import Foundation

/// `waymark import FILE`: merges a translated XLIFF or PO package back into
/// the catalogs, through the same sync as `waymark sync`, all or nothing:
/// any error (`xliff-syntax`, `po-syntax`, `stale-import` for a unit that
/// matches nothing) means no catalog is written.
public struct CatalogImporter: Sendable {
    public var force: Bool

    public init(force: Bool = false) {
        self.force = force
    }

    public struct Result: Sendable {
        /// Catalogs to write (path, contents); empty on any error.
        public var writes: [(path: String, contents: Data)]
        public var diagnostics: [Diagnostic]
        /// Human description of every change, for `--dry-run`.
        public var diff: String
        public var changeCount: Int
        public var isConfigurationFailure: Bool
    }

    /// `data` is the package's bytes; `path` names it in diagnostics.
    public func importPackage(_ data: Data, path: String, into files: ProjectFiles) -> Result {
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch { return failure(error.diagnostics, configuration: true) }
        let project = loaded.project
        let (document, locations, readProblems) = read(data, path: path, sourceLocale: project.configuration.sourceLocale)
        guard let document, !readProblems.hasErrors else { return failure(readProblems, configuration: false) }
        guard project.configuration.targetLocales.contains(document.targetLocale) else {
            return failure(readProblems + [StaleImportRule.diagnostic("the package's target language '\(document.targetLocale)' is not a target locale of this project", at: SourceLocation(path: path))], configuration: false)
        }
        let synced = CatalogSynchronizer(locales: [document.targetLocale]).sync(loaded)
        guard !synced.diagnostics.hasErrors else { return failure(synced.diagnostics, configuration: false) }
        let catalogs = Dictionary(synced.updates.map { ($0.path, $0.catalog) }, uniquingKeysWith: { first, _ in first })
        let merged = ImportMerge(force: force, pageIDs: Set(project.pages.map(\.id))).apply(document, to: catalogs, xliffPath: path, locations: locations)
        let diagnostics = readProblems + merged.diagnostics
        guard !diagnostics.hasErrors else { return failure(diagnostics, configuration: false) }
        let writes = merged.changedPaths.compactMap { catalogPath -> (path: String, contents: Data)? in
            guard let catalog = merged.catalogs[catalogPath] else { return nil }
            let contents = POWriter.data(catalog)
            return contents == files.files[catalogPath] ? nil : (catalogPath, contents)
        }
        return Result(writes: writes, diagnostics: diagnostics, diff: merged.diffDescription, changeCount: merged.changes.count, isConfigurationFailure: false)
    }

    private func read(_ data: Data, path: String, sourceLocale: String) -> (InterchangeDocument?, [InterchangeUnitReference: SourceLocation], [Diagnostic]) {
        if Self.looksLikeXML(data) {
            let result = XLIFFReader().read(data, path: path)
            return (result.document, result.locations, result.diagnostics)
        }
        let parsed = POParser.parse(data: data, path: path)
        guard !parsed.diagnostics.hasErrors else { return (nil, [:], parsed.diagnostics) }
        let (document, problems) = POPackage.document(parsed.catalog, sourceLocale: sourceLocale, path: path)
        return (document, [:], parsed.diagnostics + problems)
    }

    static func looksLikeXML(_ data: Data) -> Bool {
        let head = data.prefix(512).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x0D, 0x09].contains($0) }
        return head.first == UInt8(ascii: "<")
    }

    private func failure(_ diagnostics: [Diagnostic], configuration: Bool) -> Result {
        Result(writes: [], diagnostics: diagnostics, diff: "", changeCount: 0, isConfigurationFailure: configuration)
    }
}
