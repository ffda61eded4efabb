import Foundation
import Testing
@testable import WaymarkKit

/// Records what the scanner reports.
private struct RecordingSink: ProseSink {
    var words: [Range<Int>] = []
    var ends: [Int] = []
    mutating func word(_ range: Range<Int>) { words.append(range) }
    mutating func sentenceEnd(at offset: Int) { ends.append(offset) }
}

@Suite("Sentence and word segmentation")
struct ProseScannerTests {
    /// Words and sentences of `text` as strings, using the scanner directly.
    static func segment(_ text: String, language: String = "en") -> (words: [String], sentences: [String]) {
        var text = text
        return text.withUTF8 { bytes in
            let utf8 = UTF8Text(bytes: bytes)
            var sink = RecordingSink()
            ProseScanner(language: language).scan(utf8, into: &sink)
            let words = sink.words.map(utf8.string)
            let ends = sink.ends
            var sentences: [String] = []
            var start = 0
            for end in ends + [bytes.count] where end > start {
                let trimmed = utf8.string(start..<end).trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { sentences.append(trimmed) }
                start = end
            }
            return (words, sentences)
        }
    }

    @Test("sentence boundaries", arguments: [
        ("en", "Stop. Look. Go!", 3),
        ("en", "Use a helmet, e.g. a bike helmet. It helps.", 2),
        ("en", "Dr. Smith and Mr. Jones met at 3.5 km. Then they left.", 2),
        ("en", "Wait... What happened? Nobody knew.", 3),
        ("en", "He said \"Run!\" Then he ran.", 2),
        ("en", "The U.S. Army came. J. R. R. Tolkien wrote it.", 2),
        ("en", "Is it safe? yes, she said.", 1),
        ("es", "¿Estás bien? ¡Llama ahora! Hay ayuda.", 3),
        ("es", "Usa casco, p. ej. uno de bici. El Sr. García y la Dra. Ruiz lo dicen.", 2),
        ("fi", "Käytä kypärää, esim. pyöräilykypärää. Se suojaa päätä.", 2),
        ("fi", "Tämä ns. Turvallinen Tie on pitkä. Kävele sitä.", 2),
        ("de", "Am 3. Mai ist Schule. Z.B. morgen.", 2),
    ])
    func sentences(language: String, text: String, expected: Int) {
        #expect(Self.segment(text, language: language).sentences.count == expected, "\(Self.segment(text, language: language).sentences)")
    }

    @Test("words: apostrophes, hyphens, numbers, quotes, dashes")
    func words() {
        #expect(Self.segment("Don't stop—it's well-known.").words == ["Don't", "stop", "it's", "well-known"])
        #expect(Self.segment("“Quoted,” he said (twice).").words == ["Quoted", "he", "said", "twice"])
        #expect(Self.segment("It costs 3.5 euros, or 10,000 in total.").words == ["It", "costs", "3.5", "euros", "or", "10,000", "in", "total"])
        #expect(Self.segment("l’amico and/or dell'anno", language: "it").words == ["l’amico", "and", "or", "dell'anno"])
        #expect(Self.segment("¿Qué pasa? ¡Nada!", language: "es").words == ["Qué", "pasa", "Nada"])
    }

    @Test("URLs and e-mail addresses are not words")
    func links() {
        let result = Self.segment("Visit https://example.org/help or www.example.org, or write to help@example.org. Thanks.")
        #expect(result.words == ["Visit", "or", "or", "write", "to", "Thanks"])
        #expect(result.sentences.count == 2)
    }
}
