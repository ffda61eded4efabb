import Foundation
import Testing
@testable import WaymarkKit

/// Records words and sentence ends, noting which words came packed.
private struct PackedRecordingSink: ProseSink {
    var words: [Range<Int>] = []
    var packed: [(range: Range<Int>, word: PackedWord)] = []
    var ends: [Int] = []
    mutating func word(_ range: Range<Int>) { words.append(range) }
    mutating func word(_ range: Range<Int>, packed word: PackedWord) {
        words.append(range)
        packed.append((range, word))
    }
    mutating func sentenceEnd(at offset: Int) { ends.append(offset) }
}

/// The scanner's packed fast path for plain ASCII words must find exactly what the general
/// path finds, and the packed syllable table must agree with the dictionary it came from.
@Suite("Plain-word fast path")
struct PlainWordPathTests {
    /// Tokens chosen to sit on the fast path's edges: trailing punctuation, inner and
    /// trailing apostrophes, abbreviations, digits, links, non-ASCII neighbours.
    static let edgeCases = [
        "Stop. Look. Go!", "Use a helmet, e.g. a bike helmet. It helps.", "Dr. Smith met Mr. Jones.",
        "Wait... What? Nobody knew.", "He said \"Run!\" Then he ran.", "don't can't rock'n'roll students' 'quoted'",
        "end.Next word", "www. www.example.org name@example.org https://example.org/x.", "U.S. Army. p. ej. Sí.",
        "(brackets) [square] {curly}. Next", "a-b well-known 3.5 km 10,000 people.", "¿Qué? ¡Hola! Ya.",
        "café naïve résumé. Élan", "incomprehensibilities internationalization's antidisestablishment",
        "ALL CAPS WORDS. Mixed Case", "semi;colons: colons, commas; and! bangs? end)", "tab\tand\nnewline\u{00A0}nbsp",
        "x' 'y z'' ''", "It's 5 o'clock. Ok.", "Hello…World. Then", "Z.B. das geht. 3. Mai ist gut.",
    ]

    /// Random text over an alphabet that exercises every branch of both paths.
    static func randomTexts(count: Int) -> [String] {
        let alphabet = Array("aAbBeEiIoOuUyYzZst'\".,;:!?()[]-/@0123456789  \n\téÉ¿¡…’—")
        var generator = SeededRandom(seed: 0x5EED)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 60)
            return String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
    }

    static func fixtureParagraphs() throws -> [String] {
        try TextstatReferenceTests.english().map(\.text)
    }

    fileprivate static func scan(_ text: String, language: String, packs: Bool) -> PackedRecordingSink {
        var text = text
        return text.withUTF8 { bytes in
            var sink = PackedRecordingSink()
            ProseScanner(language: language, packsPlainWords: packs).scan(UTF8Text(bytes: bytes), into: &sink)
            return sink
        }
    }

    @Test("both paths find the same words and sentence ends")
    func sameSegmentation() throws {
        let texts = try Self.edgeCases + Self.fixtureParagraphs() + Self.randomTexts(count: 5_000)
        var packedWords = 0
        for language in ["en", "es", "de"] {
            for text in texts {
                let fast = Self.scan(text, language: language, packs: true)
                let general = Self.scan(text, language: language, packs: false)
                #expect(fast.words == general.words, "\(language): \(text.debugDescription)")
                #expect(fast.ends == general.ends, "\(language): \(text.debugDescription)")
                packedWords += fast.packed.count
                let utf8 = Array(text.utf8)
                for (range, word) in fast.packed {  // eight-at-a-time packing = the reference packing
                    let expected = PackedWord.key(of: utf8[range]) ?? 0
                    #expect(word.key == expected, "\(text.debugDescription) \(range)")
                    #expect(word.letters == utf8[range].filter { $0 != 0x27 && $0 != 0x2D }.count)
                }
            }
        }
        #expect(packedWords > 10_000)  // the fast path is actually taken
    }

    @Test("both paths give the same statistics", arguments: ["en", "es", "fi", "de"])
    func sameStatistics(language: String) throws {
        let texts = try Self.edgeCases + Self.fixtureParagraphs() + Self.randomTexts(count: 2_000)
        let blocks = texts.enumerated().map { ProseBlock(text: $0.element, line: $0.offset + 1, kind: .paragraph) }
        let fast = ReadabilityAnalyzer(languageTag: language, packsPlainWords: true)
        let general = ReadabilityAnalyzer(languageTag: language, packsPlainWords: false)
        #expect(fast.statistics(of: blocks) == general.statistics(of: blocks))
        for block in blocks {  // per block too, so a memo carried between blocks cannot hide a difference
            #expect(fast.statistics(of: [block]) == general.statistics(of: [block]), "\(block.text.debugDescription)")
        }
    }

    @Test("the packed table holds every short dictionary word with its count")
    func packedTableMatchesDictionary() throws {
        let dictionary = try #require(CMUSyllableDictionary.bundled)
        var short = 0
        for (word, syllables) in dictionary.allEntries {
            guard let key = PackedWord.key(of: Array(word.utf8)) else {
                #expect(word.utf8.count > PackedWord.maximumLength, "\(word) should pack")
                continue
            }
            short += 1
            #expect(dictionary.packed.syllables(key) == max(syllables, 1), "\(word)")
        }
        #expect(short == dictionary.packed.count)
        #expect(short > 100_000)
        #expect(dictionary.packed.syllables(try #require(PackedWord.key(of: Array("zzzzq".utf8)))) == nil)
    }

    @Test("keys are exact: case folds, everything else differs")
    func keys() {
        #expect(PackedWord.key(of: Array("Don't".utf8)) == PackedWord.key(of: Array("don't".utf8)))
        #expect(PackedWord.key(of: Array("ab".utf8)) != PackedWord.key(of: Array("ba".utf8)))
        #expect(PackedWord.key(of: Array("a".utf8)) != PackedWord.key(of: Array("aa".utf8)))
        #expect(PackedWord.key(of: Array("abcdefghijkl".utf8)) != nil)
        #expect(PackedWord.key(of: Array("abcdefghijklm".utf8)) == nil)
        #expect(PackedWord.key(of: Array("a1".utf8)) == nil)
        #expect(PackedWord.key(of: [UInt8]()) == nil)
    }
}
