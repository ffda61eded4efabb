/// How sync applies the memory: only to entries it has just created, always
/// as fuzzy, with a translator comment naming the source, and `#| msgid` for
/// a near match. An entry that already exists is never touched, so a
/// suggestion a translator cleared stays cleared and a second sync changes nothing.
extension TranslationMemory {
    /// Start of the translator comment on a filled entry; `status` counts such fuzzy entries as suggestions.
    static let commentPrefix = "Translation memory: from "

    /// Fills the entries `result` added to the catalog at `path`; returns how many were filled.
    func fill(_ result: inout CatalogSyncResult, path: String) -> Int {
        guard !isEmpty else { return 0 }
        let added = Set(result.changes(.added).map { POMessageKey(msgctxt: $0.msgctxt, msgid: $0.msgid) })
        var filled = 0
        for index in result.catalog.entries.indices {
            let entry = result.catalog.entries[index]
            guard !entry.isObsolete, !entry.hasAnyTranslation, added.contains(entry.key),
                  let match = match(for: entry, excluding: path) else { continue }
            result.catalog.entries[index] = Self.suggested(entry, from: match)
            filled += 1
        }
        return filled
    }

    /// `entry` filled from `match`: fuzzy, commented, with the near match's source as `#|`.
    static func suggested(_ entry: POEntry, from match: Match) -> POEntry {
        var filled = entry
        filled.translations = match.unit.translations
        filled.isFuzzy = true
        if match.isExact {
            filled.translatorComments.append("\(commentPrefix)\(match.unit.origin) (same source text)")
        } else {
            let percent = Int((StringSimilarity.score(entry.msgid, match.unit.msgid) * 100).rounded(.down))
            filled.translatorComments.append("\(commentPrefix)\(match.unit.origin) (\(percent)% similar source)")
            filled.previousMsgctxt = match.unit.msgctxt
            filled.previousMsgid = match.unit.msgid
            filled.previousMsgidPlural = match.unit.msgidPlural
        }
        return filled
    }

    /// True for a fuzzy entry that memory filled and nobody has reviewed yet.
    static func isSuggestion(_ entry: POEntry) -> Bool {
        entry.state == .fuzzy && entry.translatorComments.contains { $0.hasPrefix(commentPrefix) }
    }
}
