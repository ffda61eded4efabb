/// Project translation memory (SPEC §5.4): the reviewed translations of one
/// locale's other catalogs, plus outside compendia (`--memory FILE.po`), that
/// `waymark sync` offers for the entries it creates.
///
/// Lookup follows msgmerge `-C`: an exact `msgctxt` + `msgid` match first (the
/// first catalog in order wins), otherwise the translation whose `msgid` is
/// most similar (`fstrcmp`), a same-context candidate winning a tie. Waymark's
/// bound is 0.8, not msgmerge's 0.6, since a suggestion from another page is a
/// weaker hint than an old version of the same sentence. Only translated,
/// non-fuzzy entries (live or obsolete) are remembered, so a suggestion never
/// seeds another suggestion.
struct TranslationMemory: Sendable {
    /// One remembered translation and where it came from.
    struct Unit: Sendable, Hashable {
        var msgctxt: String?
        var msgid: String
        var msgidPlural: String?
        var translations: [String]
        /// The catalog (project path) or compendium it came from.
        var origin: String
    }

    /// A suggestion for one entry.
    struct Match: Sendable, Hashable {
        var unit: Unit
        /// True for an exact `msgctxt` + `msgid` match.
        var isExact: Bool
    }

    /// Minimum similarity of a near match.
    static let threshold = 0.8

    /// Remembered units in lookup order (project catalogs by path, then compendia as given).
    private(set) var units: [Unit] = []
    /// Each unit's `msgid` as scalars, prepared once for the similarity measure.
    private var scalars: [[Unicode.Scalar]] = []
    private var exact: [POMessageKey: [Int]] = [:]

    /// An empty memory.
    init() {}

    /// True when nothing is remembered.
    var isEmpty: Bool { units.isEmpty }

    /// Remembers the reviewed translations of `catalog`, read from `origin`.
    mutating func add(_ catalog: POCatalog, origin: String) {
        for entry in catalog.entries where !entry.isHeader && !entry.isFuzzy && entry.hasCompleteTranslation {
            exact[entry.key, default: []].append(units.count)
            scalars.append(Array(entry.msgid.unicodeScalars))
            units.append(Unit(msgctxt: entry.msgctxt, msgid: entry.msgid, msgidPlural: entry.msgidPlural,
                              translations: entry.translations, origin: origin))
        }
    }

    /// The best suggestion for `entry`, never from the catalog `excluded` itself.
    func match(for entry: POEntry, excluding excluded: String) -> Match? {
        func fits(_ unit: Unit) -> Bool {
            unit.origin != excluded && (unit.msgidPlural == nil) == (entry.msgidPlural == nil)
                && unit.translations.count == entry.translations.count
        }
        if let index = exact[entry.key]?.first(where: { fits(units[$0]) }) {
            return Match(unit: units[index], isExact: true)
        }
        let pattern = StringSimilarity.Pattern(entry.msgid)
        var best: (score: Double, index: Int)?
        for (index, unit) in units.enumerated() where fits(unit) {
            // Same-context candidates get msgmerge's tiny bonus, so they win ties only.
            let bonus = unit.msgctxt == entry.msgctxt ? 0.00001 : 0
            let bound = best.map { $0.score - 0.00001 } ?? Self.threshold
            let score = pattern.score(against: scalars[index], minimum: bound)
            guard score >= Self.threshold, score + bonus > (best?.score ?? 0) else { continue }
            best = (score + bonus, index)
        }
        return best.map { Match(unit: units[$0.index], isExact: false) }
    }
}
