/// Spelling rules that estimate English syllables for words missing from CMUdict:
/// count vowel groups (`y` is a vowel after the first letter), drop silent final `e`,
/// `es` and `ed`, and add one for vowel pairs that are usually two syllables.
enum EnglishSyllableRules {
    /// Vowel pairs usually pronounced as two syllables ("ia" in "media", "eo" in "video").
    private static let splitPairs: Set<String> = ["ia", "io", "iu", "eo", "ua", "uo", "ii", "yo", "ya", "oi"]
    /// Endings in which such a pair is one syllable ("-tion", "-cial", "-geous").
    private static let joinedEndings: [String] = ["tion", "sion", "cion", "cial", "tial", "cious", "tious", "geous",
                                                  "gion", "cian", "tian", "sian", "ciate", "gial", "tia", "cia", "oise",
                                                  "oir", "oing", "oin", "oil", "oid", "oice"]

    private static let accentedVowels: Set<Unicode.Scalar> = Set("àáâäèéêëìíîïòóôöùúûü".unicodeScalars)

    /// Estimated syllables in a lowercase word (apostrophes ignored); at least 1.
    static func syllables(in word: ArraySlice<Unicode.Scalar>) -> Int {
        let letters = Array(word.filter { $0 != "'" })
        guard !letters.isEmpty else { return 1 }
        var count = 0
        var previousWasVowel = false
        var groupStart = 0
        for (index, letter) in letters.enumerated() {
            let vowel = isVowel(letter, at: index)
            if vowel, !previousWasVowel {
                count += 1
                groupStart = index
            } else if vowel, index - groupStart == 1, splitsPair(letters, at: index - 1) {
                count += 1
            }
            previousWasVowel = vowel
        }
        count -= silentEndings(letters)
        return max(count, 1)
    }

    private static func isVowel(_ letter: Unicode.Scalar, at index: Int) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u": return true
        case "y": return index > 0
        default: return accentedVowels.contains(letter)  // "café", "naïve"
        }
    }

    private static func splitsPair(_ letters: [Unicode.Scalar], at index: Int) -> Bool {
        var pair = ""
        pair.unicodeScalars.append(contentsOf: letters[index...index + 1])
        guard splitPairs.contains(pair) else { return false }
        let tail = String(String.UnicodeScalarView(letters[max(0, index - 2)...]))
        return !joinedEndings.contains { tail.hasPrefix($0) || tail.dropFirst().hasPrefix($0) || tail.dropFirst(2).hasPrefix($0) }
    }

    /// How many vowel groups at the end are silent: final `e`, `es`, `ed`.
    private static func silentEndings(_ letters: [Unicode.Scalar]) -> Int {
        let count = letters.count
        guard count > 2 else { return 0 }
        let last = letters[count - 1]
        let beforeLast = letters[count - 2]
        func isConsonant(_ index: Int) -> Bool { index >= 0 && !isVowel(letters[index], at: index) }
        if last == "e", isConsonant(count - 2) {
            // "table", "little": consonant + "le" is a syllable of its own.
            if beforeLast == "l", isConsonant(count - 3) { return 0 }
            return 1
        }
        if beforeLast == "e", last == "d", isConsonant(count - 3) {
            return letters[count - 3] == "t" || letters[count - 3] == "d" ? 0 : 1
        }
        if beforeLast == "e", last == "s", isConsonant(count - 3) {
            let third = letters[count - 3]
            if ["s", "x", "z"].contains(third) { return 0 }
            if third == "h", count > 3, ["c", "s"].contains(letters[count - 4]) { return 0 }
            if third == "l", isConsonant(count - 4) { return 0 }
            if third == "g" || third == "c" { return 0 }
            return 1
        }
        return 0
    }
}
