/// Keyword and string lines: `msgid "a" "b"`, `msgstr[1] "..."`, `"continued"`.
extension POLine {
    private static let keywords: [String: Field] = [
        "msgctxt": .msgctxt, "msgid": .msgid, "msgid_plural": .msgidPlural, "msgstr": .msgstr(-1),
    ]

    private static let previousKeywords: [String: Field] = [
        "msgctxt": .previousMsgctxt, "msgid": .previousMsgid, "msgid_plural": .previousMsgidPlural,
    ]

    // A plain `msgstr` is `.msgstr(-1)`, so the entry can tell it from `msgstr[0]`.

    /// Parses a keyword line or a continuation string starting at `start`.
    static func keywordOrString(_ line: [Unicode.Scalar], from start: Int, obsolete: Bool, previous: Bool) -> POLine {
        guard start < line.count else { return .invalid("expected a keyword or string", offset: start) }
        if line[start] == "\"" {
            return strings(line, from: start).map { .continuation($0, obsolete: obsolete, offset: start) } ?? failure(line, start)
        }
        var end = start
        while end < line.count, line[end].properties.isAlphabetic || line[end] == "_" { end += 1 }
        var name = ""
        name.unicodeScalars.append(contentsOf: line[start..<end])
        guard var field = (previous ? previousKeywords : keywords)[name] else {
            let what = name.isEmpty ? String(line[start]) : name
            return .invalid("unexpected '\(what)'; expected a comment, keyword or string", offset: start)
        }
        if name == "msgstr", !previous, end < line.count, line[end] == "[" {
            guard let close = line[end...].firstIndex(of: "]"),
                  let index = Int(String(String.UnicodeScalarView(line[(end + 1)..<close]))) else {
                return .invalid("malformed plural index after 'msgstr'", offset: end)
            }
            field = .msgstr(index)
            end = close + 1
        }
        var quote = end
        while quote < line.count, line[quote] == " " || line[quote] == "\t" { quote += 1 }
        guard quote < line.count, line[quote] == "\"" else {
            return .invalid("expected a string after '\(name)'", offset: quote)
        }
        return strings(line, from: quote).map { .keyword(field, $0, obsolete: obsolete, offset: start) } ?? failure(line, quote)
    }

    /// All adjacent strings from `start` to the end of the line, concatenated; nil on any error.
    private static func strings(_ line: [Unicode.Scalar], from start: Int) -> String? {
        try? readStrings(line, from: start)
    }

    private static func failure(_ line: [Unicode.Scalar], _ start: Int) -> POLine {
        do {
            _ = try readStrings(line, from: start)
            return .invalid("malformed string", offset: start)
        } catch {
            return .invalid(error.message, offset: error.offset)
        }
    }

    private static func readStrings(_ line: [Unicode.Scalar], from start: Int) throws(POStringLiteral.Failure) -> String {
        var text = ""
        var index = start
        while true {
            let (part, end) = try POStringLiteral.read(line, from: index)
            text += part
            index = end
            while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
            if index == line.count { return text }
            guard line[index] == "\"" else {
                throw POStringLiteral.Failure(message: "unexpected text after string", offset: index)
            }
        }
    }
}
