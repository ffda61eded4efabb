/// How sync turns an old entry (or none) into the entry for a source.
enum SyncEntryUpdate {
    /// The entry for `source`, the change to report, and obsolete copies of any
    /// translation forms the new entry cannot hold (so none is lost).
    static func entry(for source: CatalogSource, match: SyncPlan.Match, old: [POEntry], formCount: Int) -> (POEntry, CatalogChange, [POEntry]) {
        var change = CatalogChange(kind: .added, msgctxt: source.msgctxt, msgid: source.msgid)
        var entry: POEntry
        switch match {
        case .exact(let index):
            entry = old[index]
            change.kind = .kept
        case .revived(let index):
            entry = old[index]
            entry.isObsolete = false
            change.kind = .revived
        case .fuzzy(let index):
            entry = fuzzied(old[index], for: source)
            change.kind = .fuzzied
            change.previousMsgid = entry.previousMsgid
        case .none:
            entry = POEntry(msgctxt: source.msgctxt, msgid: source.msgid, msgidPlural: source.msgidPlural,
                            translations: Array(repeating: "", count: source.msgidPlural == nil ? 1 : formCount))
        }
        entry.references = source.references
        entry.extractedComments = source.extractedComments
        let dropped = adjustPlural(&entry, to: source.msgidPlural, formCount: formCount)
        if !dropped.isEmpty, change.kind == .kept { change.kind = .fuzzied }
        return (entry, change, dropped)
    }

    /// An old entry re-used for a changed source: fuzzy, with the oldest previous source kept.
    static func fuzzied(_ old: POEntry, for source: CatalogSource) -> POEntry {
        var entry = old
        if !(old.isFuzzy && old.previousMsgid != nil) {
            entry.previousMsgctxt = old.msgctxt
            entry.previousMsgid = old.msgid
            entry.previousMsgidPlural = old.msgidPlural
        }
        entry.msgctxt = source.msgctxt
        entry.msgid = source.msgid
        entry.isObsolete = false
        entry.isFuzzy = true
        return entry
    }

    /// Makes the entry's plural shape match the source. Returns an obsolete copy
    /// of the old entry when forms with text had to be dropped.
    static func adjustPlural(_ entry: inout POEntry, to plural: String?, formCount: Int) -> [POEntry] {
        guard entry.msgidPlural != plural else {
            if plural != nil, entry.translations.count < formCount {
                entry.translations += Array(repeating: "", count: formCount - entry.translations.count)
            }
            return []
        }
        let before = entry
        if entry.previousMsgid == nil {
            entry.previousMsgctxt = before.msgctxt
            entry.previousMsgid = before.msgid
            entry.previousMsgidPlural = before.msgidPlural
        }
        entry.msgidPlural = plural
        if entry.hasAnyTranslation { entry.isFuzzy = true }
        if plural == nil {
            entry.translations = [before.msgstr]
            let lost = before.translations.dropFirst().contains { !$0.isEmpty && $0 != before.msgstr }
            return lost ? obsoleted(before).map { [$0] } ?? [] : []
        }
        let first = before.msgstr
        entry.translations = Array(repeating: first, count: max(formCount, 1))
        return []
    }

    /// The obsolete form of a removed entry, or nil when it holds nothing worth
    /// keeping (no translation, no translator comment), as msgmerge does.
    static func obsoleted(_ entry: POEntry) -> POEntry? {
        guard entry.hasAnyTranslation || !entry.translatorComments.isEmpty else { return nil }
        var result = entry
        result.isObsolete = true
        result.references = []
        result.extractedComments = []
        return result
    }
}
