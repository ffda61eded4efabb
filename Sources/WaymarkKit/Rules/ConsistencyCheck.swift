/// The consistency rules over every catalog of one locale (`inconsistent`,
/// `reused-translation`): they need all catalogs at once, so the translation
/// stage runs them after the per-entry QA. Reviewed (translated, non-fuzzy)
/// live entries only; places are the entries' `msgstr` lines.
enum ConsistencyCheck {
    /// The rules of this phase, in report order.
    static let rules: [any CatalogRule.Type] = [InconsistentRule.self, ReusedTranslationRule.self]

    /// Every consistency diagnostic of `catalogs` (path, catalog), in the order given.
    static func check(_ catalogs: [(path: String, catalog: POCatalog)]) -> [Diagnostic] {
        var places: [CatalogPlace] = []
        // Sized once, to the translated entries: a locale of 10,000 pages has 340,000 places of a
        // whole entry each, and growing the array by doubling held two copies at once (45 MB of a
        // clean build's peak). Counted, not bounded by every entry: a half-translated locale would
        // reserve twice what it uses.
        places.reserveCapacity(catalogs.reduce(0) { count, item in
            let entries = item.catalog.entries
            return count + entries.indices.count { entries[$0].state == .translated }
        })
        for (path, catalog) in catalogs {
            for entry in catalog.entries where entry.state == .translated {
                places.append(CatalogPlace(entry: entry, location: SourceLocation(path: path, line: entry.msgstrLine > 0 ? entry.msgstrLine : entry.line)))
            }
        }
        // The two rules read the same places and nothing else: one per core, joined in report order
        // (each walks a locale's 340,000 places on one thread, on the main thread otherwise).
        let reviewed = places
        return Array(rules.indices).parallelMap { rules[$0].init().check(reviewed) }.flatMap { $0 }
    }
}
