/// One classified line of a PO file, with 0-based offsets for diagnostics
/// (byte offsets from `classify(_:scratch:)`, scalar offsets from `classify(_:)`).
enum POLine: Equatable {
    /// A field of an entry that holds a string.
    enum Field: Equatable {
        /// Current message fields; `msgstr(-1)` is a `msgstr` without index.
        case msgctxt, msgid, msgidPlural, msgstr(Int)
        /// `#|` fields.
        case previousMsgctxt, previousMsgid, previousMsgidPlural
    }

    /// An empty or whitespace-only line.
    case blank
    /// `# text`.
    case translatorComment(String)
    /// `#. text`.
    case extractedComment(String)
    /// `#: a.md:1 b.md:2`.
    case references([String])
    /// `#, fuzzy, c-format`.
    case flags([String])
    /// A keyword with its string (`msgid "..."`, `#| msgid "..."`); `obsolete` for `#~` lines.
    case keyword(Field, String, obsolete: Bool, offset: Int)
    /// A string continuing the previous keyword.
    case continuation(String, obsolete: Bool, offset: Int)
    /// A line that is not valid PO.
    case invalid(String, offset: Int)

    /// Classifies one line given as valid UTF-8 bytes without its line terminator;
    /// offsets are byte offsets. `scratch` is reused for strings with escapes.
    static func classify(_ line: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> POLine {
        var start = 0
        while start < line.count, POByte.isBlank(line[start]) { start += 1 }
        guard start < line.count else { return .blank }
        guard line[start] == UInt8(ascii: "#") else { return keywordOrString(line, from: start, obsolete: false, previous: false, scratch: &scratch) }
        let marker = start + 1 < line.count ? line[start + 1] : POByte.space
        switch marker {
        case UInt8(ascii: "."): return .extractedComment(commentText(line, from: start + 2))
        case UInt8(ascii: ":"): return .references(POCommentItems.references(line, from: commentStart(line, start + 2)))
        case UInt8(ascii: ","): return .flags(POCommentItems.flags(line, from: commentStart(line, start + 2)))
        case UInt8(ascii: "|"): return keywordOrString(line, from: skipSpaces(line, start + 2), obsolete: false, previous: true, scratch: &scratch)
        case UInt8(ascii: "~"): return obsoleteLine(line, from: start + 2, scratch: &scratch)
        default: return .translatorComment(commentText(line, from: start + 1))
        }
    }

    /// Classifies one line given as scalars (without its line terminator); offsets are scalar offsets.
    static func classify(_ line: [Unicode.Scalar]) -> POLine {
        let bytes = POByte.utf8(line)
        var scratch: [UInt8] = []
        let classified = bytes.withUnsafeBufferPointer { classify($0, scratch: &scratch) }
        switch classified {
        case .keyword(let field, let text, let obsolete, let offset):
            return .keyword(field, text, obsolete: obsolete, offset: POByte.scalarOffset(bytes, offset))
        case .continuation(let text, let obsolete, let offset):
            return .continuation(text, obsolete: obsolete, offset: POByte.scalarOffset(bytes, offset))
        case .invalid(let message, let offset):
            return .invalid(message, offset: POByte.scalarOffset(bytes, offset))
        default:
            return classified
        }
    }

    private static func obsoleteLine(_ line: UnsafeBufferPointer<UInt8>, from index: Int, scratch: inout [UInt8]) -> POLine {
        if index < line.count, line[index] == UInt8(ascii: "|") {
            return keywordOrString(line, from: skipSpaces(line, index + 1), obsolete: true, previous: true, scratch: &scratch)
        }
        let start = skipSpaces(line, index)
        guard start < line.count else { return .invalid("empty obsolete line", offset: index - 2) }
        return keywordOrString(line, from: start, obsolete: true, previous: false, scratch: &scratch)
    }

    static func skipSpaces(_ line: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var index = index
        while index < line.count, POByte.isBlank(line[index]) { index += 1 }
        return index
    }

    /// Where comment text starts after the marker: past the one space gettext puts there.
    private static func commentStart(_ line: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        index < line.count && line[index] == POByte.space ? index + 1 : index
    }

    /// Comment text after the marker, without the one space gettext puts there.
    private static func commentText(_ line: UnsafeBufferPointer<UInt8>, from index: Int) -> String {
        let from = commentStart(line, index)
        return from < line.count ? POByte.string(line, from..<line.count) : ""
    }
}
