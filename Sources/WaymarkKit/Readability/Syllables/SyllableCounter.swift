/// Counts the syllables of one word in one language.
protocol SyllableCounter: Sendable {
    /// Syllables in `word`: lowercased letters, possibly with `'` apostrophes; the caller
    /// has already split hyphenated and dotted forms into parts. Returns at least 1 when
    /// the word has a letter.
    func syllables(in word: ArraySlice<Unicode.Scalar>) -> Int
}

extension SyllableCounter {
    /// Syllables in an arbitrary word string (lowercases, splits at `-` and `.`, counts a
    /// part without letters as one syllable). Convenience for tests and tools.
    func syllables(inWord word: String) -> Int {
        var measurer = WordMeasurer(counter: self)
        var word = word
        return word.withUTF8 { measurer.measure(UTF8Text(bytes: $0), 0..<$0.count).syllables }
    }
}

/// The syllable counter for a BCP 47 language tag (see docs/readability.md, "Syllables").
enum SyllableCounters {
    /// English dictionary + rules, Spanish syllabifier, vowel-group rules for the rest.
    static func counter(forLanguageTag tag: String) -> any SyllableCounter {
        let language = LocaleTag.language(of: tag)
        switch language {
        case "en": return EnglishSyllableCounter.standard
        case "es": return SpanishSyllabifier()
        default: return VowelGroupSyllableCounter(rules: VowelGroupRules.rules(forLanguage: language))
        }
    }
}
