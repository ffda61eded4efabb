/// Numbers and phone numbers in the visible prose of a segment
/// (`TranslationProse`: no Markdown syntax, URLs, e-mail addresses, code or
/// `{{placeholders}}`), for the `numbers` and `phone` parity rules.
enum ParityText {
    /// One run of digits and separators, as written and as its digits alone.
    struct NumberRun: Sendable, Hashable {
        var written: String
        /// The digits (with a leading `+` for phone numbers), so `1,000`,
        /// `1.000` and `1 000` (separators differ by language) are one number.
        var digits: String
        /// True for a phone number: 6 or more digits, a leading `+` or spaces,
        /// dashes or brackets between groups, and not grouped in thousands (`1 000 000`).
        var isPhone: Bool
    }

    /// Every number run in `text`, in order.
    static func numberRuns(in text: String) -> [NumberRun] {
        runs(in: text).map { written in
            let digits = String(written.filter(\.isASCIIDigit))
            let grouped = isGroupedInThousands(written)
            let separated = written.hasPrefix("+") || written.contains { $0 == " " || $0 == "-" || $0 == "(" }
            let isPhone = digits.count >= 6 && separated && !grouped
            return NumberRun(written: written, digits: (isPhone && written.hasPrefix("+") ? "+" : "") + digits, isPhone: isPhone)
        }
    }

    /// `1,000`, `1.000.000`, `10 000`: one to three digits, then groups of exactly three.
    private static func isGroupedInThousands(_ run: String) -> Bool {
        let groups = run.split { !$0.isASCIIDigit }
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
            && run.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == " " }
    }

    /// Maximal runs that start with a digit (or `+digit`) not inside a word and
    /// go on over digits and single separators (space, `.`, `,`, `-`, `/`, brackets) between digits;
    /// by scalar where `ScalarTable` covers the text (a scalar is a `Character` there), else by `Character`.
    private static func runs(in text: String) -> [String] {
        // A run starts with an ASCII digit; most prose has none.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return [] }
        guard ScalarTable.covers(text) else {
            let characters = Array(text.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
            return runs(in: characters, isDigit: \.isASCIIDigit, isLetter: \.isLetter, ascii: \.asciiValue) { String($0) }
        }
        let scalars = text.unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 }
        let classes = ScalarTable.classes
        return runs(in: scalars, isDigit: { $0.isASCII && (0x30...0x39).contains($0.value) },
                    isLetter: { classes[Int($0.value)] & ScalarTable.letter != 0 }, ascii: { $0.isASCII ? UInt8($0.value) : nil }) { run in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: run)
            return String(view)
        }
    }

    /// `runs(in:)` over the text's characters (or scalars): `ascii` is the ASCII
    /// byte an element is (nil for others), `string` makes the text of a run.
    private static func runs<Element>(in characters: [Element], isDigit: (Element) -> Bool, isLetter: (Element) -> Bool,
                                      ascii: (Element) -> UInt8?, string: (ArraySlice<Element>) -> String) -> [String] {
        func digit(at index: Int) -> Bool { index < characters.count && isDigit(characters[index]) }
        func character(at index: Int, is byte: UInt8) -> Bool { index < characters.count && ascii(characters[index]) == byte }
        var result: [String] = []
        var index = 0
        while index < characters.count {
            let starts = digit(at: index) || (character(at: index, is: UInt8(ascii: "+")) && digit(at: index + 1))
            guard starts, index == 0 || !(isLetter(characters[index - 1]) || isDigit(characters[index - 1])) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count {
                if digit(at: end) {
                    end += 1
                } else if let byte = ascii(characters[end]), separators.contains(byte), digit(at: end + 1) {
                    end += 2
                } else if character(at: end, is: UInt8(ascii: ")")), character(at: end + 1, is: UInt8(ascii: " ")), digit(at: end + 2) {
                    end += 2
                } else if character(at: end, is: UInt8(ascii: " ")), character(at: end + 1, is: UInt8(ascii: "(")), digit(at: end + 2) {
                    end += 2
                } else {
                    break
                }
            }
            result.append(string(characters[index..<end]))
            index = end
        }
        return result
    }

    private static let separators: Set<UInt8> = Set(" .,-/(".utf8)

    /// Items of `expected` missing from `found`, and items of `found` not in `expected`, counted.
    static func differences(expected: [String], found: [String]) -> (missing: [String], extra: [String]) {
        var remaining = found
        var missing: [String] = []
        for item in expected {
            if let index = remaining.firstIndex(of: item) { remaining.remove(at: index) } else { missing.append(item) }
        }
        return (missing, remaining)
    }

    /// `'a', 'b'` for a message.
    static func quoted(_ items: [String]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// What differs between `expected` and `found`, as a message about `what`
    /// ("phone numbers"), or nil when they match. One item swapped for another reads as
    /// "`single` 'a' was changed to 'b'" when `single` is given.
    static func differenceMessage(_ what: String, single: String? = nil, expected: [String], found: [String]) -> String? {
        let (missing, extra) = differences(expected: expected, found: found)
        if let single, missing.count == 1, extra.count == 1 {
            return "\(single) '\(missing[0])' was changed to '\(extra[0])' in the translation"
        }
        var problems: [String] = []
        if !missing.isEmpty { problems.append("\(quoted(missing)) missing") }
        if !extra.isEmpty { problems.append("\(quoted(extra)) not in the source") }
        return problems.isEmpty ? nil : "\(what) differ from the source: \(problems.joined(separator: "; "))"
    }
}

extension Character {
    /// `0`-`9` only (not other scripts' digits, which `isNumber` also accepts).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
