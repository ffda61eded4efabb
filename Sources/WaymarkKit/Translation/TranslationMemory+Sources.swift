import Foundation

/// An outside PO compendium for `waymark sync --memory FILE.po`, e.g. one
/// made with `msgcat` from another project's catalogs.
public struct MemoryCompendium: Sendable {
    /// The path as the user gave it; named in the comments of filled entries.
    public var path: String
    /// The file's bytes.
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Where a locale's memory comes from: the project's own catalogs and the parsed compendia.
struct TranslationMemorySources: Sendable {
    /// A compendium read once and shared by every locale it is for.
    struct Compendium: Sendable {
        var path: String
        var catalog: POCatalog
        /// The `Language:` header, if any.
        var language: String?
    }

    var compendia: [Compendium] = []
    /// `po-syntax` problems of the compendia; a compendium with errors is not used.
    var diagnostics: [Diagnostic] = []

    /// Parses `files`.
    init(_ files: [MemoryCompendium]) {
        for file in files {
            let parsed = POParser.parse(data: file.data, path: file.path)
            diagnostics += parsed.diagnostics
            guard !parsed.diagnostics.hasErrors else { continue }
            let language = parsed.catalog.headerValue("Language").flatMap { $0.isEmpty ? nil : $0 }
            compendia.append(Compendium(path: file.path, catalog: parsed.catalog, language: language))
        }
    }

    /// The memory for `locale`: the locale's catalogs in path order, then the
    /// compendia for its language. A compendium without a `Language:` header is
    /// used only when one locale is synced (`onlyLocale`), as nothing says which it is for.
    func memory(locale: String, catalogs: CatalogStore, onlyLocale: Bool) -> TranslationMemory {
        var memory = TranslationMemory()
        for path in catalogs.paths(locale: locale) {
            if let catalog = catalogs.catalog(path, locale: locale) { memory.add(catalog, origin: path) }
        }
        for compendium in compendia where compendium.language.map({ LocaleTag.language(of: $0) == LocaleTag.language(of: locale) }) ?? onlyLocale {
            memory.add(compendium.catalog, origin: compendium.path)
        }
        return memory
    }

    /// Warnings for compendia no synced locale can use.
    func unusedWarnings(locales: [String]) -> [Diagnostic] {
        compendia.compactMap { compendium in
            if let language = compendium.language {
                guard !locales.contains(where: { LocaleTag.language(of: $0) == LocaleTag.language(of: language) }) else { return nil }
                return POSyntaxRule.unusedCompendium("compendium is for '\(language)', which is not synced; it was not used",
                                                     at: SourceLocation(path: compendium.path))
            }
            guard locales.count > 1 else { return nil }
            return POSyntaxRule.unusedCompendium("compendium has no Language header, so it was not used; add one or sync one locale with --locales",
                                                 at: SourceLocation(path: compendium.path))
        }
    }
}
