import Testing
@testable import WaymarkKit

@Suite("Abbreviation lookup")
struct AbbreviationListTests {
    static func contains(_ list: AbbreviationList, _ word: String) -> Bool {
        var word = word
        return word.withUTF8 { list.contains(UTF8Text(bytes: $0), 0..<$0.count) }
    }

    @Test("every listed abbreviation is found in any case, and nothing else is")
    func lookup() {
        for language in ["en", "es", "fi", "de", "fr", "it", "pt", "nl", "sv", "ru"] {
            let words = Abbreviations.set(forLanguage: language)
            let list = AbbreviationList(words)
            for word in words {
                #expect(Self.contains(list, word), "\(language): \(word)")
                #expect(Self.contains(list, word.uppercased()), "\(language): \(word.uppercased())")
                #expect(!Self.contains(list, word + "x"), "\(language): \(word)x")
                #expect(!Self.contains(list, String(word.dropLast())) || words.contains(String(word.dropLast())))
            }
        }
        let spanish = AbbreviationList(Abbreviations.set(forLanguage: "es"))
        #expect(Self.contains(spanish, "NÚM") && Self.contains(spanish, "Págs"))
        #expect(!Self.contains(spanish, "helpline") && !Self.contains(spanish, "abcdefghijk"))
        let russian = AbbreviationList(Abbreviations.set(forLanguage: "ru"))
        #expect(Self.contains(russian, "Т.Е") && Self.contains(russian, "УЛ") && !Self.contains(russian, "улица"))
        #expect(!Self.contains(russian, "İ") && !Self.contains(russian, String(repeating: "ж", count: 9)))
        // Lengths count: a NUL byte does not vanish; entries longer than a key still match.
        let custom = AbbreviationList(["dr", "abcdefghijklmnopq", "i̇x"])
        #expect(!Self.contains(custom, "dr\u{0}") && Self.contains(custom, "DR"))
        #expect(Self.contains(custom, "ABCDEFGHIJKLMNOPQ") && Self.contains(custom, "İX"))
    }
}

@Suite("Alphabet table")
struct AlphabetTableTests {
    @Test("the table answers exactly as the Unicode properties do below U+0500")
    func matchesProperties() {
        for value in 0..<AlphabetTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(AlphabetTable.isLetter(value) == ScalarClass.propertyIsLetter(scalar))
            #expect(AlphabetTable.isDigit(value) == (properties.numericType == .decimal))
            #expect(AlphabetTable.isUppercase(value) == (properties.isUppercase || properties.generalCategory == .titlecaseLetter))
            let lowered = String(scalar).lowercased()
            if let lower = AlphabetTable.lowercase(value) {
                #expect(String(lower) == lowered, "U+\(String(value, radix: 16))")
            } else {
                #expect(lowered.unicodeScalars.count > 1, "U+\(String(value, radix: 16))")
            }
        }
    }
}
