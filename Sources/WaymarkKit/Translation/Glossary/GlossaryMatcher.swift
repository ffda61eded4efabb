import Foundation

/// Finds glossary terms in text as whole words, case- and accent-insensitively.
/// Source terms may carry a plural ending; agreed translations may be inflected
/// (Finnish cases, Spanish number and gender), so each of their words matches
/// any word that starts with its stem.
enum GlossaryMatcher {
    /// True when `term` occurs in `text` as whole words; its last word may take `s`/`es` ("trusted adults").
    static func source(_ text: String, contains term: String) -> Bool {
        source(words: words(text), containsTerm: words(term))
    }

    /// `source(_:contains:)` over the text's and the term's `words`, each split once.
    static func source(words textWords: [String], containsTerm termWords: [String]) -> Bool {
        guard let last = termWords.last else { return false }
        let head = termWords.dropLast()
        return occurs(termWords.count, in: textWords) { offset, word in
            offset < head.count ? word == head[head.startIndex + offset] : [last, last + "s", last + "es"].contains(word)
        }
    }

    /// True when `agreed` occurs in `translation`, each word matched by its stem in `language`.
    static func translation(_ translation: String, contains agreed: String, language: String) -> Bool {
        self.translation(words: words(translation), contains: agreed, language: language)
    }

    /// `translation(_:contains:language:)` over the translation's `words`, split once.
    static func translation(words translationWords: [String], contains agreed: String, language: String) -> Bool {
        let agreedWords = words(agreed)
        guard !agreedWords.isEmpty else { return false }
        let stems = agreedWords.map { stem(of: $0, language: language) }
        return occurs(agreedWords.count, in: translationWords) { offset, word in
            word == agreedWords[offset] || word.hasPrefix(stems[offset])
        }
    }

    /// The part of an (already folded) word its inflected forms start with: the
    /// word minus its last 1-2 letters when it is long enough, so the stem keeps
    /// at least four letters. Finnish `-nen` words inflect on a `-s-` stem
    /// (`turvallinen` -> `turvallisen`), and consonant gradation changes the
    /// consonant before the ending (`henkilötiedot` -> `henkilötietosi`,
    /// `kaveripyyntö` -> `kaveripyynnön`), so long Finnish words lose three letters.
    static func stem(of word: String, language: String) -> String {
        let count = word.count
        if language == "fi", count >= 7, word.hasSuffix("nen") { return String(word.dropLast(3)) }
        if language == "fi", count >= 9 { return String(word.dropLast(3)) }
        let drop = count >= 7 ? 2 : (count >= 5 ? 1 : 0)
        return String(word.dropLast(drop))
    }

    /// Folded words of `text`: letters and digits, lowercased, without accents,
    /// split at everything else (spaces, punctuation, Markdown, hyphens).
    static func words(_ text: String) -> [String] {
        guard ScalarTable.covers(text) else { return characterWords(text) }
        // Scalar by scalar, each folded from the table: the rules call this for
        // every entry, and `Character` splitting and `folding` were the hot spot.
        var words: [String] = []
        var word: [UInt8] = []
        func finish() {
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                default: finish()
                }
                continue
            }
            guard let pieces = ScalarTable.entries[Int(value)].folded else { return characterWords(text) }
            for piece in pieces {
                if piece.isWord { word += piece.utf8 } else { finish() }
            }
        }
        finish()
        return words
    }

    /// `words` through `Character`s and Foundation's folding: the definition,
    /// used for text outside `ScalarTable` (other scripts, combining marks).
    static func characterWords(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    /// True when some run of `length` consecutive `words` satisfies `matches(offsetInRun, word)`.
    private static func occurs(_ length: Int, in words: [String], _ matches: (Int, String) -> Bool) -> Bool {
        guard length > 0, words.count >= length else { return false }
        return (0...(words.count - length)).contains { start in
            (0..<length).allSatisfy { matches($0, words[start + $0]) }
        }
    }
}
