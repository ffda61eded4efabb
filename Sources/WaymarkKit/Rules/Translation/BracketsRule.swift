/// Brackets a translation opens must close, in order: `(any time.` reads as
/// a slip and may hide a lost phrase (pofilter's `brackets`). Only visible
/// text is checked, so Markdown links and `{{placeholders}}` do not count; a
/// source that is itself unbalanced (`a) one b) two`) is not held against its translation.
struct BracketsRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "brackets", name: "Unbalanced brackets",
        summary: "Brackets ( ) [ ] { } in a translation should be balanced when they are in its source.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Call us (any time).", "Llámanos (cuando quieras.", triggering: true),
            .translation("Press [Enter] to start.", "Paina [Enter to aloittaaksesi.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Call us (any time).", "Soita meille (milloin tahansa).", locale: "fi", triggering: false),
            .translation("Read [the guide](https://example.org/guide).", "Lee [la guía](https://example.org/guide).", triggering: false),
            .translation("Choose a) or b).", "Elige a) o b).", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard Self.firstProblem(unit.sourceProse.text) == nil, let problem = Self.firstProblem(unit.translationProse.text) else { return [] }
        return [diagnostic("unbalanced brackets in the translation: \(problem)", at: unit.location)]
    }

    private static let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}"]
    /// Whether each byte is a bracket (a table, not a `Set`: it is asked for every byte).
    private static let bracketBytes: [Bool] = (0..<256).map { "()[]{}".utf8.contains(UInt8($0)) }

    /// What is wrong with the brackets of `text`, or nil when they balance.
    static func firstProblem(_ text: String) -> String? {
        // Every bracket is ASCII: text without one of their bytes balances.
        let isBracket = bracketBytes
        guard text.utf8.contains(where: { isBracket[Int($0)] }) else { return nil }
        // Where each scalar is a character, the brackets are their bytes.
        guard ScalarTable.covers(text) else { return characterFirstProblem(text) }
        var open: [UInt8] = []
        for byte in text.utf8 where isBracket[Int(byte)] {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(byte)
            default:
                let opener = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : byte - 2  // `]` and `}` are 2 after their openers
                guard open.last == opener else { return "'\(Character(Unicode.Scalar(byte)))' closes nothing" }
                open.removeLast()
            }
        }
        return open.last.map { "'\(Character(Unicode.Scalar($0)))' is never closed" }
    }

    /// `firstProblem` by `Character`: the definition, for text outside `ScalarTable`.
    static func characterFirstProblem(_ text: String) -> String? {
        var open: [Character] = []
        for character in text {
            if pairs[character] != nil {
                open.append(character)
            } else if let opener = pairs.first(where: { $0.value == character })?.key {
                guard open.last == opener else { return "'\(character)' closes nothing" }
                open.removeLast()
            }
        }
        return open.last.map { "'\($0)' is never closed" }
    }
}
