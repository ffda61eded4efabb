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
        guard unit.sourceFacts.doubledWords.isEmpty, let word = unit.translationFacts.doubledWords.first else { return [] }
        return [diagnostic("'\(word) \(word)': the word is repeated", at: unit.location)]
    }

    /// Words written twice in a row with only a space between, lowercased; by
    /// scalar where `ScalarTable` covers the text (each scalar a `Character`
    /// there), else by `Character` (`characterDoubledWords`, the definition).
    static func doubledWords(_ text: String) -> [String] {
        guard ScalarTable.covers(text) else { return characterDoubledWords(text) }
        let scalars = Array(text.unicodeScalars)
        let classes = ScalarTable.classes
        func isLetter(_ index: Int) -> Bool { classes[Int(scalars[index].value)] & ScalarTable.letter != 0 }
        var found: [String] = []
        var previous: Range<Int>?
        var index = 0
        while index < scalars.count {
            guard scalars[index] != " " else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, scalars[end] != " " { end += 1 }
            if let token = previous {
                var start = token.lowerBound
                while start < token.upperBound, !isLetter(start) { start += 1 }
                // Punctuation after the first word ("Help. Help") means a new phrase.
                if start < token.upperBound, isLetter(token.upperBound - 1), isLetter(index) {
                    var wordEnd = index
                    while wordEnd < end, isLetter(wordEnd) || scalars[wordEnd] == "-" || scalars[wordEnd] == "'" { wordEnd += 1 }
                    if let first = sameLowercased(scalars[start..<token.upperBound], scalars[index..<wordEnd]) { found.append(first) }
                }
            }
            previous = index..<end
            index = end
        }
        return found
    }

    /// `first` lowercased when it equals `second` lowercased, else nil; scalar by
    /// scalar when every scalar lowercases to one scalar of the table.
    private static func sameLowercased(_ first: ArraySlice<Unicode.Scalar>, _ second: ArraySlice<Unicode.Scalar>) -> String? {
        let entries = ScalarTable.entries
        let lower = { (scalar: Unicode.Scalar) in entries[Int(scalar.value)].lowercase }
        func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        guard first.allSatisfy({ lower($0) != nil }), second.allSatisfy({ lower($0) != nil }) else {
            let (lowerFirst, lowerSecond) = (string(first).lowercased(), string(second).lowercased())
            return lowerFirst == lowerSecond ? lowerFirst : nil
        }
        guard first.count == second.count, zip(first, second).allSatisfy({ lower($0) == lower($1) }) else { return nil }
        return string(first).lowercased()
    }

    /// `doubledWords` by `Character`: the definition, for text outside `ScalarTable`.
    static func characterDoubledWords(_ text: String) -> [String] {
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
