/// The same word twice in a row ("la la", "the the") is almost always an
/// editing slip (Weblate's "Consecutive duplicated words"). A source that
/// repeats a word on purpose ("Knock knock") lets its translation do so too.
struct DoubledWordRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "doubled-word", name: "Doubled word",
        summary: "A translation should not repeat a word twice in a row unless its source does.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask for help.", "Pide la la ayuda.", triggering: true),
            .translation("Stay safe online.", "Pysy turvassa turvassa verkossa.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Ask for help.", "Pide ayuda.", triggering: false),
            .translation("Knock knock! Who is there?", "¡Toc toc! ¿Quién es?", triggering: false),
            .translation("Help. Help is near.", "Apua. Apua on lähellä.", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard Self.doubledWords(unit.sourceProse.text).isEmpty, let word = Self.doubledWords(unit.translationProse.text).first else { return [] }
        return [diagnostic("'\(word) \(word)': the word is repeated", at: unit.location)]
    }

    /// Words written twice in a row with only a space between, lowercased.
    static func doubledWords(_ text: String) -> [String] {
        let tokens = text.split(separator: " ")
        guard tokens.count > 1 else { return [] }
        var found: [String] = []
        for index in tokens.indices.dropLast() {
            let first = tokens[index].drop { !$0.isLetter }
            let second = tokens[index + 1]
            // Punctuation after the first word ("Help. Help") means a new phrase.
            guard let last = first.last, last.isLetter, let start = second.first, start.isLetter else { continue }
            let secondWord = second.prefix { $0.isLetter || $0 == "-" || $0 == "'" }
            if !first.isEmpty, first.lowercased() == secondWord.lowercased() { found.append(first.lowercased()) }
        }
        return found
    }
}
