/// Completeness of a catalog (SPEC §5.2): fuzzy is not translated; a
/// translation identical to the source is translated.
extension TranslationSummary {
    /// Counts for the segments of one source file against its catalog; a
    /// segment without an entry is untranslated. Words come from the sources.
    init(sources: [CatalogSource], catalog: POCatalog?) {
        self.init()
        var live: [POMessageKey: POEntry] = [:]
        for entry in catalog?.entries ?? [] where !entry.isObsolete && live[entry.key] == nil { live[entry.key] = entry }
        for source in CatalogSync.mergeDuplicates(sources) {
            totalWords += source.wordCount
            switch live[source.key]?.state ?? .untranslated {
            case .translated:
                translated += 1
                translatedWords += source.wordCount
            case .fuzzy: fuzzy += 1
            case .untranslated, .obsolete: untranslated += 1
            }
        }
        obsolete = catalog?.obsoleteEntries.count ?? 0
    }

    /// Counts for a catalog alone (words counted in each `msgid`); the header is not counted.
    init(catalog: POCatalog) {
        let sources = catalog.liveEntries.map {
            CatalogSource(msgctxt: $0.msgctxt, msgid: $0.msgid, msgidPlural: $0.msgidPlural)
        }
        self.init(sources: sources, catalog: catalog)
    }
}
