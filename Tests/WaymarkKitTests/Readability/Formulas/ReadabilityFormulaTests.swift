import Testing
@testable import WaymarkKit

@Suite("Readability formulas")
struct ReadabilityFormulaTests {
    /// 100 words, 5 sentences, 130 syllables, 450 letters, 25 long words, 10 words of 3+
    /// syllables, 60 one-syllable words: ASL 20, ASW 1.3.
    static let sample = TextStatistics(
        words: 100, sentences: 5, syllables: 130, letters: 450,
        longWords: 25, polysyllabicWords: 10, monosyllabicWords: 60)

    /// Worked by hand from each formula's published coefficients (docs/readability.md).
    @Test("worked examples from the published coefficients", arguments: [
        ("flesch-reading-ease", 76.555),     // 206.835 - 1.015 * 20 - 84.6 * 1.3
        ("flesch-kincaid-grade", 7.55),      // 0.39 * 20 + 11.8 * 1.3 - 15.59
        ("fernandez-huerta", 108.44),        // 206.84 - 60 * 1.3 - 1.02 * 20
        ("szigriszt-pazos", 105.845),        // 206.835 - 62.3 * 1.3 - 20
        ("lix", 45.0),                       // 20 + 100 * 25 / 100
        ("amstad", 83.95),                   // 180 - 20 - 58.5 * 1.3
        ("wiener-sachtextformel", 5.6845),   // 0.1935*10 + 0.1672*20 + 0.1297*25 - 0.0327*60 - 0.875
        ("kandel-moles", 91.02),             // 207 - 1.015 * 20 - 73.6 * 1.3
        ("gulpease", 59.0),                  // 89 + (300 * 5 - 10 * 450) / 100
        ("flesch-martins", 118.555),         // 248.835 - 1.015 * 20 - 84.6 * 1.3
        ("flesch-douma", 88.14),             // 206.84 - 0.93 * 20 - 77 * 1.3
        ("oborneva", 102.705),               // 206.835 - 1.3 * 20 - 60.1 * 1.3
    ])
    func workedExample(id: String, expected: Double) throws {
        let formula = try #require(ReadabilityFormulas.formula(id: id))
        #expect(abs(formula.score(Self.sample) - expected) < 1e-6)
    }

    @Test("Flesch's own example: 'The cat sat on the mat.' scores 116.1 (6 words, 6 syllables)")
    func fleschCatOnTheMat() throws {
        let statistics = TextStatistics(words: 6, sentences: 1, syllables: 6)
        let score = FleschReadingEase().score(statistics)
        #expect(abs(score - 116.145) < 0.001)
        #expect(abs(FleschKincaidGrade().score(statistics) - (-1.45)) < 0.001)
    }

    @Test("every formula has a unique id, a language, and ordered, gap-free bands")
    func registryIsConsistent() {
        let ids = ReadabilityFormulas.allIDs
        #expect(ids.count == 12)
        #expect(Set(ids).count == ids.count)
        for formula in ReadabilityFormulas.all {
            #expect(!formula.languages.isEmpty)
            #expect(formula.bands.first?.lowerBound == nil, "\(formula.id)")
            #expect(formula.bands.last?.upperBound == nil, "\(formula.id)")
            for (lower, upper) in zip(formula.bands, formula.bands.dropFirst()) {
                #expect(lower.upperBound == upper.lowerBound, "\(formula.id)")
            }
        }
    }

    @Test("default formula per language (SPEC §7)", arguments: [
        ("en", "flesch-kincaid-grade"), ("en-GB", "flesch-kincaid-grade"), ("es-MX", "fernandez-huerta"),
        ("fi", "lix"), ("sv", "lix"), ("nb", "lix"), ("de-AT", "amstad"), ("fr", "kandel-moles"),
        ("it", "gulpease"), ("pt_BR", "flesch-martins"), ("nl", "flesch-douma"), ("ru", "oborneva"),
        ("ja", "lix"), ("", "lix"),
    ])
    func defaults(tag: String, id: String) {
        #expect(ReadabilityFormulas.defaultFormula(forLanguageTag: tag).id == id)
    }

    @Test("known and unknown ids")
    func knownIDs() {
        #expect(ReadabilityFormulas.isKnownFormula("szigriszt-pazos"))
        #expect(!ReadabilityFormulas.isKnownFormula("flesch"))
        #expect(ReadabilityFormulas.formula(id: "nope") == nil)
    }

    @Test("bands: INFLESZ 'normal' is 55-65; Flesch 65 is 'standard'")
    func bands() throws {
        #expect(SzigrisztPazos().band(for: 60)?.meaning.hasPrefix("normal") == true)
        #expect(FleschReadingEase().band(for: 65)?.meaning.hasPrefix("standard") == true)
        #expect(LIX().band(for: 72)?.meaning.hasPrefix("very difficult") == true)
    }
}
