/// The PO catalogs of every target locale, parsed once from the snapshot.
/// A catalog that does not parse is reported (`po-syntax`) and treated as
/// missing, so its page falls back rather than publishing garbage.
///
/// With a cache (`build`, `check`), a catalog whose parse the cache remembers
/// (`CachedCatalogParses`: its diagnostics, so whether it is usable) is parsed
/// only when something reads its entries: in a rebuild the localization, QA and
/// consistency caches answer for almost every catalog, and parsing all of them
/// was a tenth of a one-page rebuild's time and most of its memory.
struct CatalogStore: Sendable {
    static let localesFolder = "Locales"

    /// Catalog path -> what parsing it gave, so a later build can reuse it (the catalogs
    /// parsed up front: every one without a cache, those the cache did not know with one).
    private(set) var parses: [String: POParseResult] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Catalog path -> its locale, for the catalogs that parsed without errors: the
    /// catalogs themselves are read from `parses`, not held a second time.
    private var usable: [String: String] = [:]
    /// Parses, at their first read, the usable catalogs missing from `parses`.
    private var deferred: DeferredCatalogs? = nil

    /// No catalogs.
    init() {}

    /// `reusable` answers a catalog whose bytes are unchanged since an earlier parse (`serve`);
    /// `cache` answers what parsing a catalog reports, and the catalog is then parsed when read.
    init(files: ProjectFiles, locales: [String], reusable: @Sendable (String) -> POParseResult? = { _ in nil }, cache: CacheContext? = nil) {
        let paths = locales.flatMap { locale in
            files.paths(under: "\(Self.localesFolder)/\(locale)").filter { $0.hasSuffix(".po") }.map { (locale, $0) }
        }
        let remembered = cache.map { CachedCatalogParses(context: $0) }
        let parsed = paths.parallelMap { locale, path -> Parse in
            if let reused = reusable(path) { return Parse(locale: locale, path: path, result: reused) }
            guard let contents = files.files[path] else { return Parse(locale: locale, path: path) }
            let answer = remembered?.answer(path: path, contents: contents)
            if let stored = answer?.diagnostics { return Parse(locale: locale, path: path, deferred: stored) }
            let result = POParser.parse(data: contents, path: path)
            if let answer, let remembered { remembered.store(result.diagnostics, for: answer.key) }
            return Parse(locale: locale, path: path, result: result, problem: answer?.problem)
        }
        parses.reserveCapacity(parsed.count)
        usable.reserveCapacity(parsed.count)
        var defers = false
        for parse in parsed {
            if let problem = parse.problem { diagnostics.append(problem) }
            if let stored = parse.deferred {
                diagnostics += stored
                if !stored.hasErrors { usable[parse.path] = parse.locale; defers = true }
                continue
            }
            guard let result = parse.result else {
                diagnostics.append(POSyntaxRule.diagnostic("cannot read \(parse.path): \(files.unreadable[parse.path] ?? "unreadable")", at: SourceLocation(path: parse.path)))
                continue
            }
            parses[parse.path] = result
            diagnostics += result.diagnostics
            if !result.diagnostics.hasErrors { usable[parse.path] = parse.locale }
        }
        if defers { deferred = DeferredCatalogs(files: files) }
    }

    /// What the first pass learnt of one catalog: its parse, or (cache) only what parsing reports.
    private struct Parse: Sendable {
        var locale: String
        var path: String
        var result: POParseResult? = nil
        var deferred: [Diagnostic]? = nil
        var problem: Diagnostic? = nil
    }

    func catalog(_ path: String, locale: String) -> POCatalog? {
        guard usable[path] == locale else { return nil }
        return parses[path]?.catalog ?? deferred?.catalog(path)
    }

    /// Whether `catalog(_:locale:)` gives a catalog, without parsing it.
    func isUsable(_ path: String, locale: String) -> Bool {
        usable[path] == locale
    }

    /// Every catalog path of a locale, for finding catalogs whose source is gone.
    func paths(locale: String) -> [String] {
        usable.compactMap { $0.value == locale ? $0.key : nil }.sorted()
    }
}

/// Usable catalogs parsed at their first read, from the snapshot's bytes, and kept
/// (`CatalogStore` asks only for usable catalogs it did not parse up front).
/// Shared by every copy of the store (page-tree recipes hold one): a catalog is parsed
/// once however many pages read it. Two threads reading the same new catalog may both
/// parse it; the parse is a function of the bytes, so either result is the same.
private final class DeferredCatalogs: Sendable {
    private let files: ProjectFiles
    private let parsed = Locked<[String: POCatalog]>([:])

    init(files: ProjectFiles) {
        self.files = files
    }

    func catalog(_ path: String) -> POCatalog? {
        if let catalog = parsed.withLock({ $0[path] }) { return catalog }
        guard let contents = files.files[path] else { return nil }
        let catalog = POParser.parse(data: contents, path: path).catalog
        return parsed.withLock { parsed in
            if let first = parsed[path] { return first }
            parsed[path] = catalog
            return catalog
        }
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
