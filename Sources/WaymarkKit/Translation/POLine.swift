/// One classified line of a PO file, with 0-based scalar offsets for diagnostics.
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

    /// Classifies one line (without its line terminator).
    static func classify(_ line: [Unicode.Scalar]) -> POLine {
        let start = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.count
        guard start < line.count else { return .blank }
        guard line[start] == "#" else { return keywordOrString(line, from: start, obsolete: false, previous: false) }
        let marker = start + 1 < line.count ? line[start + 1] : " "
        let rest = commentText(line, from: start + 2)
        switch marker {
        case ".": return .extractedComment(rest)
        case ":": return .references(rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
        case ",":
            return .flags(rest.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty })
        case "|": return keywordOrString(line, from: skipSpaces(line, start + 2), obsolete: false, previous: true)
        case "~": return obsoleteLine(line, from: start + 2)
        default: return .translatorComment(commentText(line, from: start + 1))
        }
    }

    private static func obsoleteLine(_ line: [Unicode.Scalar], from index: Int) -> POLine {
        if index < line.count, line[index] == "|" {
            return keywordOrString(line, from: skipSpaces(line, index + 1), obsolete: true, previous: true)
        }
        let start = skipSpaces(line, index)
        guard start < line.count else { return .invalid("empty obsolete line", offset: index - 2) }
        return keywordOrString(line, from: start, obsolete: true, previous: false)
    }

    private static func skipSpaces(_ line: [Unicode.Scalar], _ index: Int) -> Int {
        var index = index
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        return index
    }

    /// Comment text after the marker, without the one space gettext puts there.
    private static func commentText(_ line: [Unicode.Scalar], from index: Int) -> String {
        guard index < line.count else { return "" }
        let from = line[index] == " " ? index + 1 : index
        var text = ""
        text.unicodeScalars.append(contentsOf: line[from...])
        return text
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
