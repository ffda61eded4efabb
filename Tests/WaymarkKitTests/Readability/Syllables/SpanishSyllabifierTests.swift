import Testing
@testable import WaymarkKit

@Suite("Spanish syllabifier")
struct SpanishSyllabifierTests {
    private let syllabifier = SpanishSyllabifier()

    /// Gold list: see Scripts/generate-spanish-gold.py. 105 hand-divided hard cases (RAE
    /// Ortografía 2010) plus 1,300+ words from Debian's `wspanish` list on which two
    /// independent PyPI syllabifiers (pylabeador, silabeador) agree.
    @Test("at least 99% exact agreement on the gold list (>= 1,000 words)")
    func goldList() throws {
        let rows = try ReadabilityTestSupport.tsvRows("spanish-gold.tsv")
        #expect(rows.count >= 1000)
        let misses = rows.filter { syllabifier.syllabify($0[0]).joined(separator: "-") != $0[1] }
        let accuracy = 1 - Double(misses.count) / Double(rows.count)
        print("Spanish gold list: \(rows.count - misses.count)/\(rows.count) exact")
        #expect(accuracy >= 0.99, "accuracy \(accuracy); misses: \(misses.prefix(20).map { "\($0[0]) \($0[1])" })")
    }

    @Test("every curated hard case is exact")
    func curated() throws {
        let rows = try ReadabilityTestSupport.tsvRows("spanish-gold.tsv").filter { $0[2] == "curated" }
        #expect(rows.count >= 100)
        for row in rows {
            #expect(syllabifier.syllabify(row[0]).joined(separator: "-") == row[1], "\(row[0])")
        }
    }

    @Test("hiatus, diphthongs, digraphs and prefixes", arguments: [
        ("baúl", "ba-úl"), ("reír", "re-ír"), ("país", "pa-ís"), ("guerra", "gue-rra"),
        ("pingüino", "pin-güi-no"), ("queso", "que-so"), ("calle", "ca-lle"), ("chico", "chi-co"),
        ("subrayar", "sub-ra-yar"), ("buey", "buey"), ("Ámbar", "ám-bar"),
    ])
    func cases(word: String, expected: String) {
        #expect(syllabifier.syllabify(word).joined(separator: "-") == expected)
    }

    @Test("counting agrees with division", arguments: ["averiguáis", "estadounidense", "prohibir", "a"])
    func countMatchesDivision(word: String) {
        #expect(syllabifier.syllables(inWord: word) == syllabifier.syllabify(word).count)
    }
}
