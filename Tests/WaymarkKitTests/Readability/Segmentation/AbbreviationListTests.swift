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
    }
}
