/// `waymark sync` for one catalog, with msgmerge semantics (SPEC §5.1):
/// new segment -> empty entry; unchanged -> translation kept; changed -> the
/// most similar old translation (>= 0.6) kept as fuzzy with `#| msgid`;
/// removed -> obsolete `#~`; returning segment -> obsolete entry revived.
/// Idempotent, and no translation text is ever dropped.
enum CatalogSync {
    /// Syncs `existing` (nil for a new catalog) with the segments of one source file.
    static func sync(sources: [CatalogSource], existing: POCatalog?, locale: String, options: CatalogSyncOptions = .init()) -> CatalogSyncResult {
        let old = existing ?? POCatalog()
        var catalog = old
        CatalogHeaderDefaults.apply(to: &catalog, locale: locale, options: options)
        let formCount = catalog.pluralCount ?? PluralRules.rule(for: locale)?.gettextForms?.count ?? 2
        var plan = SyncPlan(sources: mergeDuplicates(sources), old: old.entries, threshold: options.fuzzyThreshold)
        plan.matchExactly()
        plan.matchFuzzy()
        let built = plan.build(formCount: formCount)
        catalog.entries = built.entries
        return CatalogSyncResult(catalog: catalog, changes: built.changes)
    }

    /// One item per message key, at its first position, with all references.
    static func mergeDuplicates(_ sources: [CatalogSource]) -> [CatalogSource] {
        var result: [CatalogSource] = []
        var positions: [POMessageKey: Int] = [:]
        for source in sources {
            if let index = positions[source.key] {
                result[index].references += source.references.filter { !result[index].references.contains($0) }
                result[index].extractedComments += source.extractedComments.filter { !result[index].extractedComments.contains($0) }
            } else {
                positions[source.key] = result.count
                result.append(source)
            }
        }
        return result
    }
}
