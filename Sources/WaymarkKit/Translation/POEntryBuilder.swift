/// Collects the lines of one entry and checks its structure.
struct POEntryBuilder {
    /// A structural problem of an entry, reported at a 1-based line.
    struct Problem {
        /// What is wrong.
        var message: String
        /// 1-based line to report.
        var line: Int
    }

    /// 0-based index of the entry's first line.
    var firstLine: Int?
    /// 0-based index of the last line added.
    var lastLine: Int?
    private var entry = POEntry(msgid: "", translations: [])
    private var hasAnyMsgid = false
    private var msgidLine: Int?
    /// How many `msgstr` keywords were read, and the 1-based line of the first (no array: one allocation fewer per entry).
    private var msgstrCount = 0
    private var firstMsgstrLine = 0
    private var plainMsgstr = false
    private var indexedMsgstr = false
    private var current: POLine.Field?
    private var obsolete = false
    /// A line of this entry could not be read (and was reported on its own).
    private var hadUnreadableLine = false

    /// True once a `msgid` was read.
    var hasMsgid: Bool { hasAnyMsgid }
    /// True once a `msgstr` was read.
    var hasMsgstr: Bool { msgstrCount > 0 }

    /// Adds a line; returns a problem with its 0-based offset, if any.
    mutating func add(_ line: POLine, lineIndex: Int) -> (message: String, offset: Int)? {
        switch line {
        case .blank: return nil
        case .translatorComment(let text): entry.translatorComments.append(text)
        case .extractedComment(let text): entry.extractedComments.append(text)
        // The line's array is taken whole when it is the first (nearly always): no second copy.
        case .references(let items): if entry.references.isEmpty { entry.references = items } else { entry.references += items }
        case .flags(let items): if entry.flags.isEmpty { entry.flags = items } else { entry.flags += items }
        case .invalid(let message, let offset):
            hadUnreadableLine = true
            return (message, offset)
        case .continuation(let text, let isObsolete, let offset):
            guard let field = current else { return ("string without a keyword before it", offset) }
            obsolete = obsolete || isObsolete
            append(text, to: field)
        case .keyword(let field, let text, let isObsolete, let offset):
            obsolete = obsolete || isObsolete
            return start(field, text, lineIndex: lineIndex, offset: offset)
        }
        return nil
    }

    private mutating func start(_ field: POLine.Field, _ text: String, lineIndex: Int, offset: Int) -> (message: String, offset: Int)? {
        // Until the keyword is accepted, continuation strings have nowhere to go.
        current = nil
        switch field {
        case .msgid:
            if hasAnyMsgid { return ("duplicate 'msgid' in one entry", offset) }
            hasAnyMsgid = true
            msgidLine = lineIndex + 1
        case .msgctxt, .msgidPlural:
            if field == .msgidPlural, !hasAnyMsgid { return ("'msgid_plural' before 'msgid'", offset) }
        case .msgstr(let rawIndex):
            if !hasAnyMsgid { return ("'msgstr' without 'msgid'", offset) }
            let index = max(0, rawIndex)
            if rawIndex < 0 { plainMsgstr = true } else { indexedMsgstr = true }
            if index != msgstrCount { return ("expected msgstr[\(msgstrCount)], found msgstr[\(index)]", offset) }
            current = .msgstr(index)
            if msgstrCount == 0 { firstMsgstrLine = lineIndex + 1 }
            msgstrCount += 1
            entry.translations.append("")
        case .previousMsgctxt, .previousMsgid, .previousMsgidPlural: break
        }
        if current == nil { current = field }
        append(text, to: current ?? field)
        return nil
    }

    private mutating func append(_ text: String, to field: POLine.Field) {
        switch field {
        case .msgctxt: entry.msgctxt = Self.joined(entry.msgctxt ?? "", text)
        case .msgid: entry.msgid = Self.joined(entry.msgid, text)
        case .msgidPlural: entry.msgidPlural = Self.joined(entry.msgidPlural ?? "", text)
        case .msgstr(let index) where entry.translations.indices.contains(index): entry.translations[index] = Self.joined(entry.translations[index], text)
        case .msgstr: break
        case .previousMsgctxt: entry.previousMsgctxt = Self.joined(entry.previousMsgctxt ?? "", text)
        case .previousMsgid: entry.previousMsgid = Self.joined(entry.previousMsgid ?? "", text)
        case .previousMsgidPlural: entry.previousMsgidPlural = Self.joined(entry.previousMsgidPlural ?? "", text)
        }
    }

    /// `head + tail` in storage of exactly its size: `+=` grows a wrapped string's storage
    /// by doubling, and a parsed catalog keeps that slack for as long as it lives.
    private static func joined(_ head: String, _ tail: String) -> String {
        if head.isEmpty { return tail }
        if tail.isEmpty { return head }
        var head = head, tail = tail
        return head.withUTF8 { first in
            tail.withUTF8 { second in
                String(unsafeUninitializedCapacity: first.count + second.count) { buffer in
                    _ = buffer.initialize(fromContentsOf: first)
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[first.count...]).initialize(fromContentsOf: second)
                    return first.count + second.count
                }
            }
        }
    }

    /// The finished entry (nil when it has no `msgid`) and its structural problems.
    func build() -> (POEntry?, [Problem]) {
        let line = (firstLine ?? 0) + 1
        guard hasAnyMsgid else { return (nil, [Problem(message: "comments and strings without 'msgid'", line: line)]) }
        var result = entry
        var problems: [Problem] = []
        result.isObsolete = obsolete
        result.line = line
        result.msgstrLine = firstMsgstrLine
        if msgstrCount == 0 {
            // After an unreadable line (`msgstr "Hola.` unterminated) the missing
            // `msgstr` is that line's problem, already reported at its place.
            if !hadUnreadableLine { problems.append(Problem(message: "missing 'msgstr' after 'msgid'", line: msgidLine ?? line)) }
            result.translations = result.msgidPlural == nil ? [""] : ["", ""]
        } else if result.msgidPlural != nil, plainMsgstr {
            problems.append(Problem(message: "entry with 'msgid_plural' needs 'msgstr[0]', not 'msgstr'", line: result.msgstrLine))
        } else if result.msgidPlural == nil, indexedMsgstr {
            problems.append(Problem(message: "'msgstr[n]' without 'msgid_plural'", line: result.msgstrLine))
        }
        return (result, problems)
    }
}
