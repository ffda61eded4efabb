/// Completeness of a catalog (SPEC §5.2): fuzzy is not translated; a
/// translation identical to the source is translated.
extension TranslationSummary {
    /// Counts for the segments of one source file against its catalog; a
    /// segment without an entry is untranslated. Words come from the sources;
    /// a source repeated in the file is one entry (`CatalogSync.mergeDuplicates`), counted once.
    init<Sources: Sequence>(sources: Sources, catalog: POCatalog?) where Sources.Element == CatalogSource {
        self.init()
        // States only, and the repeats found with a set of keys: every page in every locale is
        // counted, and copying entries and merging references cost more than the counting.
        var live: [POMessageKey: POEntryState] = [:]
        live.reserveCapacity(catalog?.entries.count ?? 0)
        for entry in catalog?.entries ?? [] where !entry.isObsolete && live[entry.key] == nil { live[entry.key] = entry.state }
        var counted = Set<POMessageKey>()
        for source in sources where counted.insert(source.key).inserted {
            totalWords += source.wordCount
            switch live[source.key] ?? .untranslated {
            case .translated:
                translated += 1
                translatedWords += source.wordCount
            case .fuzzy: fuzzy += 1
            case .untranslated, .obsolete: untranslated += 1
            }
        }
        obsolete = catalog?.entries.count(where: \.isObsolete) ?? 0
    }

    /// Counts for a catalog alone (words counted in each `msgid`); the header is not counted.
    init(catalog: POCatalog) {
        let sources = catalog.liveEntries.map {
            CatalogSource(msgctxt: $0.msgctxt, msgid: $0.msgid, msgidPlural: $0.msgidPlural)
        }
        self.init(sources: sources, catalog: catalog)
    }
}
