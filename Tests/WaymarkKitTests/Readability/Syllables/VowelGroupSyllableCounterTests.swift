import Testing
@testable import WaymarkKit

@Suite("Vowel-group syllables (de, fi, sv, fr, it, pt, nl, ru)")
struct VowelGroupSyllableCounterTests {
    @Test("words with known syllable counts", arguments: [
        ("de", "Haus", 1), ("de", "Häuser", 2), ("de", "Theater", 3), ("de", "Nation", 3), ("de", "Quelle", 2),
        ("de", "Kinder", 2), ("de", "Bibliothek", 4),
        ("fi", "talo", 2), ("fi", "kauan", 2), ("fi", "tietokone", 4), ("fi", "Suomi", 2), ("fi", "hyvää", 2),
        ("fi", "maa", 1), ("fi", "koulu", 2), ("fi", "lukea", 3), ("fi", "päivä", 2),
        ("sv", "flicka", 2), ("sv", "teater", 3), ("sv", "barn", 1), ("sv", "läsbarhet", 3),
        ("fr", "table", 1), ("fr", "maison", 2), ("fr", "réagir", 3), ("fr", "année", 2), ("fr", "oiseau", 2),
        ("fr", "Noël", 2),
        ("it", "casa", 2), ("it", "piede", 2), ("it", "aereo", 4), ("it", "quando", 2), ("it", "città", 2),
        ("pt", "casa", 2), ("pt", "pão", 1), ("pt", "dia", 2), ("pt", "água", 2), ("pt", "coração", 3),
        ("nl", "huis", 1), ("nl", "kinderen", 3), ("nl", "bijeen", 2), ("nl", "mooi", 1), ("nl", "België", 3),
        ("ru", "мальчик", 2), ("ru", "читает", 3), ("ru", "солнце", 2),
    ])
    func count(language: String, word: String, expected: Int) {
        let counter = SyllableCounters.counter(forLanguageTag: language)
        #expect(counter.syllables(inWord: word) == expected)
    }

    @Test("Finnish ie/uo/yö are diphthongs only in the first syllable")
    func finnishInitialOnly() {
        let counter = VowelGroupSyllableCounter(rules: .finnish)
        #expect(counter.syllables(inWord: "tie") == 1)
        #expect(counter.syllables(inWord: "työ") == 1)
        #expect(counter.syllables(inWord: "ruokien") == 3)  // ruo-ki-en: ie after the first syllable splits
    }
}
