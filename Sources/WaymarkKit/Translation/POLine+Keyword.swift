/// Keyword and string lines: `msgid "a" "b"`, `msgstr[1] "..."`, `"continued"`.
extension POLine {
    // A plain `msgstr` is `.msgstr(-1)`, so the entry can tell it from `msgstr[0]`.

    /// The field a keyword names (`#|` lines know no `msgstr`), or nil.
    private static func field(_ line: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, previous: Bool) -> Field? {
        func equals(_ keyword: StaticString) -> Bool {
            guard keyword.utf8CodeUnitCount == name.count else { return false }
            return keyword.withUTF8Buffer { keyword in zip(keyword, line[name]).allSatisfy { $0 == $1 } }
        }
        switch name.count {
        case 5 where equals("msgid"): return previous ? .previousMsgid : .msgid
        case 6 where !previous && equals("msgstr"): return .msgstr(-1)
        case 7 where equals("msgctxt"): return previous ? .previousMsgctxt : .msgctxt
        case 12 where equals("msgid_plural"): return previous ? .previousMsgidPlural : .msgidPlural
        default: return nil
        }
    }

    /// Parses a keyword line or a continuation string starting at byte `start`.
    static func keywordOrString(_ line: UnsafeBufferPointer<UInt8>, from start: Int, obsolete: Bool, previous: Bool,
                                scratch: inout [UInt8]) -> POLine {
        guard start < line.count else { return .invalid("expected a keyword or string", offset: start) }
        if line[start] == POByte.quote {
            do {
                return .continuation(try readStrings(line, from: start, scratch: &scratch), obsolete: obsolete, offset: start)
            } catch {
                return .invalid(error.message, offset: error.offset)
            }
        }
        let end = nameEnd(line, from: start)
        guard var field = field(line, start..<end, previous: previous) else {
            let what = end == start ? POByte.scalarString(line, at: start) : POByte.string(line, start..<end)
            return .invalid("unexpected '\(what)'; expected a comment, keyword or string", offset: start)
        }
        var quote = end
        if field == .msgstr(-1), end < line.count, line[end] == UInt8(ascii: "[") {
            guard let close = line[end...].firstIndex(of: UInt8(ascii: "]")),
                  let index = Int(POByte.string(line, (end + 1)..<close)) else {
                return .invalid("malformed plural index after 'msgstr'", offset: end)
            }
            field = .msgstr(index)
            quote = close + 1
        }
        quote = skipSpaces(line, quote)
        guard quote < line.count, line[quote] == POByte.quote else {
            return .invalid("expected a string after '\(POByte.string(line, start..<end))'", offset: quote)
        }
        do {
            return .keyword(field, try readStrings(line, from: quote, scratch: &scratch), obsolete: obsolete, offset: start)
        } catch {
            return .invalid(error.message, offset: error.offset)
        }
    }

    /// The end of the keyword at `start`: letters (any script, as `Unicode.Scalar.Properties.isAlphabetic`) and `_`.
    private static func nameEnd(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < line.count {
            let byte = line[end]
            if byte < 0x80 {
                guard (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == UInt8(ascii: "_") else { break }
                end += 1
            } else {
                let length = POByte.scalarLength(byte)
                guard let scalar = POByte.scalarString(line, at: end).unicodeScalars.first, scalar.properties.isAlphabetic else { break }
                end += length
            }
        }
        return end
    }

    /// All adjacent strings from `start` to the end of the line, concatenated.
    private static func readStrings(_ line: UnsafeBufferPointer<UInt8>, from start: Int, scratch: inout [UInt8]) throws(POStringLiteral.Failure) -> String {
        var (text, index) = try POStringLiteral.read(line, from: start, scratch: &scratch)
        while true {
            index = skipSpaces(line, index)
            if index == line.count { return text }
            guard line[index] == POByte.quote else {
                throw POStringLiteral.Failure(message: "unexpected text after string", offset: index)
            }
            let (part, end) = try POStringLiteral.read(line, from: index, scratch: &scratch)
            text += part
            index = end
        }
    }
}
