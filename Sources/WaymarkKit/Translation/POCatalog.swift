/// A gettext PO catalog: optional header entry, then entries in file order
/// (obsolete ones included, normally last).
struct POCatalog: Sendable, Equatable {
    /// The header entry (`msgid ""`), if the catalog has one.
    var header: POEntry?
    /// Every other entry, in order.
    var entries: [POEntry]
    /// Lines after the last entry that belong to no entry (kept for lossless writing).
    var trailingText = ""
    /// True when the file started with a UTF-8 byte order mark.
    var hasByteOrderMark = false
    /// True when the file used CRLF line endings; new entries are written the same way.
    var usesCRLF = false

    /// Creates a catalog.
    init(header: POEntry? = nil, entries: [POEntry] = []) {
        self.header = header
        self.entries = entries
    }

    /// Non-obsolete entries.
    var liveEntries: [POEntry] { entries.filter { !$0.isObsolete } }

    /// Obsolete (`#~`) entries.
    var obsoleteEntries: [POEntry] { entries.filter(\.isObsolete) }

    /// The live entry for a context and source, if any.
    func entry(msgctxt: String?, msgid: String) -> POEntry? {
        entries.first { !$0.isObsolete && $0.msgctxt == msgctxt && $0.msgid == msgid }
    }
}
