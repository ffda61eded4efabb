/// The PO catalogs of every target locale, parsed once from the snapshot.
/// A catalog that does not parse is reported (`po-syntax`) and treated as
/// missing, so its page falls back rather than publishing garbage.
struct CatalogStore: Sendable {
    static let localesFolder = "Locales"

    /// Catalog path -> what parsing it gave, so a later build can reuse it.
    private(set) var parses: [String: POParseResult] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Catalog path -> its locale, for the catalogs that parsed without errors: the
    /// catalogs themselves are read from `parses`, not held a second time.
    private var usable: [String: String] = [:]

    /// No catalogs.
    init() {}

    /// `reusable` answers a catalog whose bytes are unchanged since an earlier parse (`serve`).
    init(files: ProjectFiles, locales: [String], reusable: @Sendable (String) -> POParseResult? = { _ in nil }) {
        let paths = locales.flatMap { locale in
            files.paths(under: "\(Self.localesFolder)/\(locale)").filter { $0.hasSuffix(".po") }.map { (locale, $0) }
        }
        let parsed = paths.parallelMap { locale, path -> (String, String, POParseResult?) in
            (locale, path, reusable(path) ?? files.files[path].map { POParser.parse(data: $0, path: path) })
        }
        parses.reserveCapacity(parsed.count)
        usable.reserveCapacity(parsed.count)
        for (locale, path, result) in parsed {
            guard let result else {
                diagnostics.append(POSyntaxRule.diagnostic("cannot read \(path): \(files.unreadable[path] ?? "unreadable")", at: SourceLocation(path: path)))
                continue
            }
            parses[path] = result
            diagnostics += result.diagnostics
            if !result.diagnostics.hasErrors { usable[path] = locale }
        }
    }

    func catalog(_ path: String, locale: String) -> POCatalog? {
        usable[path] == locale ? parses[path]?.catalog : nil
    }

    /// Every catalog path of a locale, for finding catalogs whose source is gone.
    func paths(locale: String) -> [String] {
        usable.compactMap { $0.value == locale ? $0.key : nil }.sorted()
    }
}

/// How one unit stands in one locale.
struct UnitTranslation: Sendable, Hashable {
    enum State: Sendable, Hashable { case translated, fuzzy, untranslated }

    var state: State
    /// The text to publish when `isUsable`; nil otherwise.
    var text: String?
    /// Plural forms for UI strings with `msgid_plural`.
    var pluralForms: [String]
    /// The `.po` location a person edits for this unit (the msgstr line), or the catalog itself.
    var location: SourceLocation

    /// Whether a channel may publish this translation.
    func isUsable(publishFuzzy: Bool) -> Bool {
        state == .translated || (state == .fuzzy && publishFuzzy)
    }

    /// Looks up `source` in `catalog` (nil catalog: nothing translated yet).
    static func lookup(_ source: CatalogSource, in catalog: POCatalog?, path: String) -> UnitTranslation {
        guard let entry = catalog?.entry(msgctxt: source.msgctxt, msgid: source.msgid) else {
            return UnitTranslation(state: .untranslated, text: nil, pluralForms: [], location: SourceLocation(path: path))
        }
        let location = SourceLocation(path: path, line: entry.msgstrLine > 0 ? entry.msgstrLine : entry.line)
        switch entry.state {
        case .translated: return UnitTranslation(state: .translated, text: entry.msgstr, pluralForms: entry.translations, location: location)
        case .fuzzy: return UnitTranslation(state: .fuzzy, text: entry.msgstr, pluralForms: entry.translations, location: location)
        case .untranslated, .obsolete: return UnitTranslation(state: .untranslated, text: nil, pluralForms: [], location: location)
        }
    }
}
