import Foundation
import Testing
@testable import WaymarkKit

/// The scalar-level QA text paths (`GlossaryMatcher.words`, the collapsed prose
/// and its length) give exactly what the `Character` and Foundation definitions
/// give, for Finnish, Spanish, decomposed accents and other scripts.
@Suite("QA text by scalar")
struct ScalarTextTests {
    /// The definitions the fast paths must match.
    static func referenceWords(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func referenceCollapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("Finnish and Spanish words fold to their base letters", arguments: [
        ("Äiti ja Öljyä: älä jää yksin!", ["aiti", "ja", "oljya", "ala", "jaa", "yksin"]),
        ("¿Niño? Está bien, señora Núñez.", ["nino", "esta", "bien", "senora", "nunez"]),
        ("PEQUEÑO-ÁRBOL 24/7", ["pequeno", "arbol", "24", "7"]),
        ("henkilötietosi\u{00A0}kaveripyynnön", ["henkilotietosi", "kaveripyynnon"]),
        ("nin\u{0303}o esta\u{0301}", ["nino", "esta"]),
    ])
    func foldedWords(text: String, expected: [String]) {
        #expect(GlossaryMatcher.words(text) == expected)
        #expect(GlossaryMatcher.words(text) == Self.referenceWords(text))
    }

    /// Texts built from letters, accents (composed and combining), digits, spaces,
    /// punctuation and scalars of other scripts, so both paths are exercised.
    static let samples: [String] = {
        let alphabet: [String] = ["a", "Z", "ä", "Ö", "ñ", "Á", "ø", "Æ", "ß", "ĳ", "ŉ", "ǅ", "\u{0301}", "\u{0308}", "7", "²", "½",
                                  " ", "\u{00A0}", "\t", "\r\n", "\n", "-", "'", "’", "«", "¿", ".", "Ω", "я", "日", "\u{2003}", "\u{0085}", "ʼ"]
        var seed: UInt64 = 0x5eed
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        return (0..<2000).map { _ in (0..<(1 + next() % 12)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }()

    @Test("words agree with Foundation's folding and Character splitting on mixed text")
    func wordsAgree() {
        for text in Self.samples {
            #expect(GlossaryMatcher.words(text) == Self.referenceWords(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("collapsed prose and its length agree with the Character definitions")
    func proseAgrees() {
        for text in Self.samples {
            #expect(TranslationProse.collapsingWhitespace(text) == Self.referenceCollapsed(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let prose = TranslationProse(markdown: text)
            #expect(prose.length == prose.text.count)
        }
    }

    @Test("whitespace-blind equality by scalar agrees with the Character definition")
    func equalityAgrees() {
        let reference: (String, String) -> Bool = { $0.filter { !$0.isWhitespace } == $1.filter { !$0.isWhitespace } }
        for (first, second) in zip(Self.samples, Self.samples.dropFirst()) + Self.samples.map({ ($0, $0.replacingOccurrences(of: " ", with: "\t ")) }) {
            #expect(SameAsSourceRule.equalIgnoringWhitespace(first, second) == reference(first, second))
        }
    }

    @Test("plain text is recognised by bytes as before", arguments: [
        ("Ask a trusted adult.", true), ("Pide ayuda, niño.", true), ("See https://example.org", false), ("Visit www.example.org", false),
        ("a:/b", true), ("wwwx.", true), ("*bold*", false), ("tel:112", true), ("mail me@example.org", false),
    ])
    func plain(text: String, expected: Bool) {
        #expect(TranslationProse.isPlain(text) == expected)
    }
}
