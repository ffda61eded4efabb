extension SpanishSyllabifier {
    /// Vowels that are always strong (a, e, o), with or without accent.
    static let strongVowels: Set<Unicode.Scalar> = ["a", "e", "o", "á", "é", "ó", "à", "è", "ò", "í", "ú", "ì", "ù"]
    /// Weak vowels: unaccented i and u, and u with diaeresis.
    static let weakVowels: Set<Unicode.Scalar> = ["i", "u", "ü", "ï"]
    /// Second letters that make `gu`/`qu` a digraph with a silent `u`.
    private static let frontVowels: Set<Unicode.Scalar> = ["e", "i", "é", "í"]

    /// Splits lowercase letters into units (see the type's documentation, step 1).
    static func units(of letters: [Unicode.Scalar]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: Unicode.Scalar? = index + 1 < letters.count ? letters[index + 1] : nil
            let afterNext: Unicode.Scalar? = index + 2 < letters.count ? letters[index + 2] : nil
            if let next, isDigraph(letter, next) || isSilentU(letter, next, afterNext) {
                units.append(Unit(letters: [letter, next], strongVowel: nil))
                index += 2
                continue
            }
            if strongVowels.contains(letter) {
                units.append(Unit(letters: [letter], strongVowel: true))
            } else if weakVowels.contains(letter) || (letter == "y" && isVowelY(next)) {
                units.append(Unit(letters: [letter], strongVowel: false))
            } else {
                units.append(Unit(letters: [letter], strongVowel: nil))
            }
            index += 1
        }
        return units
    }

    private static func isDigraph(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        (first == "c" && second == "h") || (first == "l" && second == "l") || (first == "r" && second == "r")
    }

    private static func isSilentU(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar?) -> Bool {
        guard first == "q" || first == "g", second == "u", let third else { return false }
        return frontVowels.contains(third)
    }

    /// `y` is a vowel at the end of a word ("hoy", "rey") or before a consonant.
    private static func isVowelY(_ next: Unicode.Scalar?) -> Bool {
        guard let next else { return true }
        return !strongVowels.contains(next) && !weakVowels.contains(next)
    }

    /// Ranges of unit indices that form each syllable nucleus (step 2).
    static func nuclei(in units: [Unit]) -> [Range<Int>] {
        var nuclei: [Range<Int>] = []
        var index = 0
        while index < units.count {
            guard units[index].isVowel else {
                index += 1
                continue
            }
            var end = index + 1
            while end < units.count {
                if units[end].isVowel, joins(units[end - 1], units[end]) {
                    end += 1
                } else if isSilentH(units, end), joins(units[end - 1], units[end + 1]) {
                    // h between vowels does not prevent a diphthong: "prohi-bir", "ahu-mar".
                    end += 2
                } else {
                    break
                }
            }
            nuclei.append(index..<end)
            index = end
        }
        return nuclei
    }

    private static func isSilentH(_ units: [Unit], _ index: Int) -> Bool {
        index + 1 < units.count && units[index].letters == ["h"] && units[index + 1].isVowel
    }

    /// Whether two adjacent vowels belong to the same syllable.
    private static func joins(_ first: Unit, _ second: Unit) -> Bool {
        guard first.strongVowel == false || second.strongVowel == false else { return false }
        return first.letters != second.letters
    }
}
