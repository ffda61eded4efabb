/// Finds the catalog entry a unit belongs to: by stable id (with `-pN` for plural
/// forms), then by context and source (files from other tools), then by the previous
/// source `#| msgid` that sync records when a segment changes (a stale unit).
struct ImportEntryIndex {
    /// Where a unit goes.
    struct Match {
        var entryIndex: Int
        /// Plural form (0 for singular entries).
        var form: Int
        /// The entry's current source for that form.
        var source: String
        /// True when found only through the previous source.
        var isStale: Bool
    }

    private var byID: [String: (Int, Int)] = [:]
    private var byKey: [POMessageKey: (Int, Int)] = [:]
    private var byPrevious: [POMessageKey: Int] = [:]
    private let entries: [POEntry]

    /// An index of the live entries of `catalog`.
    init(_ catalog: POCatalog) {
        entries = catalog.entries
        for (index, entry) in catalog.entries.enumerated() where !entry.isObsolete && !entry.isHeader {
            let id = InterchangeUnit.stableID(context: entry.msgctxt, source: entry.msgid)
            if let plural = entry.msgidPlural {
                for form in entry.translations.indices { byID["\(id)-p\(form)"] = (index, form) }
                byKey[POMessageKey(msgctxt: entry.msgctxt, msgid: plural)] = (index, 1)
            } else {
                byID[id] = (index, 0)
            }
            byKey[entry.key] = (index, 0)
            if let previous = entry.previousMsgid {
                byPrevious[POMessageKey(msgctxt: entry.previousMsgctxt ?? entry.msgctxt, msgid: previous)] = index
            }
        }
    }

    /// The entry and form for `unit`, or `nil` when it matches nothing.
    func match(_ unit: InterchangeUnit) -> Match? {
        let key = POMessageKey(msgctxt: unit.context, msgid: unit.source)
        if let (index, form) = byID[unit.id] ?? byKey[key] {
            return Match(entryIndex: index, form: form, source: source(entries[index], form), isStale: false)
        }
        guard let index = byPrevious[key] else { return nil }
        return Match(entryIndex: index, form: 0, source: entries[index].msgid, isStale: true)
    }

    private func source(_ entry: POEntry, _ form: Int) -> String {
        form == 0 ? entry.msgid : entry.msgidPlural ?? entry.msgid
    }
}
