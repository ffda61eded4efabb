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
    /// Linear in the number of sources: a page repeating one segment 100,000
    /// times must not compare every reference with every other (issue 14).
    static func mergeDuplicates(_ sources: [CatalogSource]) -> [CatalogSource] {
        var result: [CatalogSource] = []
        var positions: [POMessageKey: Int] = [:]
        var seen: [(references: Set<String>, comments: Set<String>)] = []
        for source in sources {
            if let index = positions[source.key] {
                for reference in source.references where seen[index].references.insert(reference).inserted {
                    result[index].references.append(reference)
                }
                for comment in source.extractedComments where seen[index].comments.insert(comment).inserted {
                    result[index].extractedComments.append(comment)
                }
            } else {
                positions[source.key] = result.count
                result.append(source)
                seen.append((Set(source.references), Set(source.extractedComments)))
            }
        }
        return result
    }
}
