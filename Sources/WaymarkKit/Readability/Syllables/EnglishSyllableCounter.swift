/// English syllables: CMUdict first; for unknown words, the dictionary entry of a stem
/// (inflection or derivation suffix stripped, or a known prefix removed) plus the suffix's
/// syllables, and finally spelling rules (`EnglishSyllableRules`).
struct EnglishSyllableCounter: SyllableCounter {
    /// The dictionary, or nil to use rules only.
    let dictionary: CMUSyllableDictionary?

    /// The counter over the bundled CMUdict resource.
    static let standard = EnglishSyllableCounter(dictionary: CMUSyllableDictionary.bundled)

    /// Suffixes tried on unknown words with the syllables they add to a stem, longest first.
    /// `restoresE` means the stem may have lost a final "e" ("hoping" -> "hope").
    private static let suffixes: [(text: [Unicode.Scalar], syllables: Int, restoresE: Bool)] = [
        ("ness", 1, false), ("less", 1, false), ("ment", 1, false), ("ings", 1, true),
        ("able", 2, true), ("ful", 1, false), ("ing", 1, true), ("ers", 1, true),
        ("est", 1, true), ("ly", 1, false), ("er", 1, true), ("'s", 0, false), ("s", 0, false),
    ].map { (Array($0.0.unicodeScalars), $0.1, $0.2) }

    /// Prefixes tried on unknown words with the syllables they add.
    private static let prefixes: [(text: [Unicode.Scalar], syllables: Int)] = [
        ("under", 2), ("over", 2), ("inter", 2), ("super", 2), ("anti", 2), ("semi", 2),
        ("multi", 2), ("non", 1), ("un", 1), ("re", 1), ("pre", 1), ("mis", 1), ("dis", 1),
        ("out", 1), ("sub", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    func syllables(in word: ArraySlice<Unicode.Scalar>) -> Int {
        if let known = dictionary?.syllables(of: word) { return known }
        if let derived = derivedFromDictionary(word) { return derived }
        return EnglishSyllableRules.syllables(in: word)
    }

    /// Syllables of an unknown word whose stem is in the dictionary, if any.
    private func derivedFromDictionary(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let dictionary, word.count > 3 else { return nil }
        if word.hasSuffix(["i", "e", "s"]) || word.hasSuffix(["i", "e", "d"]),
           let count = dictionary.syllables(of: word.dropLast(3) + ["y"]) {
            return count  // "readabilities" -> "readability", "tidied" -> "tidy"
        }
        for suffix in Self.suffixes where word.count > suffix.text.count + 2 && word.hasSuffix(suffix.text) {
            let stem = word.dropLast(suffix.text.count)
            if let count = dictionary.syllables(of: stem) { return count + suffix.syllables }
            if suffix.restoresE, let count = dictionary.syllables(of: stem + ["e"]) {
                return count + suffix.syllables
            }
        }
        for prefix in Self.prefixes where word.count > prefix.text.count + 3 && word.starts(with: prefix.text) {
            if let count = dictionary.syllables(of: word.dropFirst(prefix.text.count)) {
                return count + prefix.syllables
            }
        }
        return nil
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the slice ends with `suffix`.
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
