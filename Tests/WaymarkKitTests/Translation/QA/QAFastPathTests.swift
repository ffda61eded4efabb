import Foundation
import Testing
@testable import WaymarkKit

/// The scalar and byte paths of the per-entry QA rules (doubled words, numbers
/// and times, phone numbers, prose words, line breaks, brackets, double spaces),
/// of catalog word counts, and the facts `TextFacts` holds give exactly what the
/// definitions they replaced give: on every string of the repository's catalogs
/// and on thousands of seeded mixed-script strings.
@Suite("QA fast paths against their definitions")
struct QAFastPathTests {
    /// The repository's own catalogs: every `msgid`, `msgid_plural` and `msgstr`.
    static let catalogStrings: [String] = {
        let root = TestPaths.packageRoot.appendingPathComponent("Locales")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let strings = files.filter { $0.pathExtension == "po" }.sorted { $0.path < $1.path }.flatMap { url -> [String] in
            guard let data = try? Data(contentsOf: url) else { return [] }
            return POParser.parse(data: data, path: url.path).catalog.entries.flatMap { [$0.msgid] + ($0.msgidPlural.map { [$0] } ?? []) + $0.translations }
        }
        return strings
    }()

    /// Seeded text: single scalars and characters (Finnish, Spanish, combining marks,
    /// other scripts, digits of many scripts, separators, brackets, quotes, line breaks)
    /// and whole tokens (repeated words in any case, clock times, grouped numbers, phones).
    static let seeded: [String] = {
        let pieces: [String] = [
            "a", "Z", "ä", "Ö", "ñ", "Á", "ø", "ß", "ĳ", "ǅ", "İ", "ı", "ẞ", "\u{0301}", "\u{0308}", "\u{0303}", "Ω", "я", "日", "本", "。",
            "7", "0", "²", "½", "٣", "३", "３", "๓", "\u{1D7D8}",
            " ", " ", " ", "  ", "\u{00A0}", "\u{202F}", "\t", "\r\n", "\n", "\r", "\u{000B}", "\u{000C}", "\u{0085}", "\u{2028}", "\u{2029}",
            "-", "'", "’", "«", "»", "\"", "“", "”", "¿", "¡", ".", ",", ":", "/", "+", "(", ")", "[", "]", "{", "}", "…", "!", "?",
            "la", "La", "LA", "la", "turvassa", "Turvassa", "äiti", "ÄITI", "niño", "nin\u{0303}o", "NIÑO", "İstanbul", "i\u{0307}stanbul",
            "well-known", "don't", "e.g.", "Knock", "knock", "ǆ", "ǅ", "Ǆ", "ßa", "SSa", "Σ", "σ", "ς",
            "10:30", "8", "am", "pm", "a.m.", "p.m.", "10 pm", "22.00", "klo", "8–22", "midnight", "Noon", "midday", "24:00", "7:5",
            "1,000", "1 000", "1.000.000", "1\u{00A0}000", "12,5", "0800 123 456", "+358 40 123 4567", "(0)40-123", "24/7", "112", "٣:٣٠",
        ]
        var seed: UInt64 = 0x0a11_5eed
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        return (0..<4000).map { _ in (0..<(1 + next() % 14)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " ") }
    }()

    /// Every input: the catalogs' strings, their visible prose, and the seeded strings.
    static let inputs: [String] = {
        let prose = (catalogStrings + seeded).map { TranslationProse(markdown: $0).text }
        return catalogStrings + seeded + prose + prose.map { $0.uppercased() }
    }()

    static func shown(_ text: String) -> String { text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    @Test("the inputs hold real catalog text and text outside the scalar table")
    func inputsAreReal() {
        #expect(Self.catalogStrings.count > 500)
        #expect(Self.catalogStrings.contains { $0.contains("ä") } && Self.catalogStrings.contains { $0.contains("ñ") })
        #expect(Self.seeded.filter { !ScalarTable.covers($0) }.count > 1000 && Self.seeded.filter(ScalarTable.covers).count > 500)
    }

    @Test("doubled words agree with the Character definition")
    func doubledWords() {
        var found = 0
        for text in Self.inputs {
            let words = DoubledWordRule.doubledWords(text)
            found += words.count
            #expect(words == QAReference.doubledWords(text), "\(Self.shown(text))")
        }
        #expect(found > 100)
    }

    @Test("numbers, times and phone numbers agree with the Character definitions")
    func numbers() {
        var runs = 0
        for text in Self.inputs {
            #expect(ParityText.hasASCIIDigit(text) == text.contains(where: \.isASCIIDigit), "\(Self.shown(text))")
            #expect(ParityText.normalizingTimes(text) == QAReference.normalizingTimes(text), "\(Self.shown(text))")
            let found = ParityText.numberRuns(in: text)
            runs += found.count
            #expect(found == QAReference.numberRuns(in: text), "\(Self.shown(text))")
            #expect(NumbersRule.numbers(inProse: text) == QAReference.numberRuns(in: QAReference.normalizingTimes(text)).filter { !$0.isPhone }.map(\.digits))
        }
        #expect(runs > 1000)
    }

    @Test("prose words, line breaks, brackets, double spaces and word counts agree with the Character definitions")
    func textScans() {
        for text in Self.inputs {
            let prose = TranslationProse(markdown: text)
            #expect(prose.words == QAReference.words(prose.text), "\(Self.shown(text))")
            #expect(NewlineCountRule.lineBreaks(text) == text.filter(\.isNewline).count, "\(Self.shown(text))")
            #expect(BracketsRule.firstProblem(text) == QAReference.bracketProblem(text), "\(Self.shown(text))")
            #expect(DoubleSpaceRule.hasDoubleSpace(text) == QAReference.hasDoubleSpace(text), "\(Self.shown(text))")
            #expect(CatalogSource.countWords(text) == QAReference.countWords(text), "\(Self.shown(text))")
        }
    }

    @Test("the scalar table lowercases as String does, and distinct scalars are distinct strings")
    func lowercaseTable() {
        let scalars = (0..<ScalarTable.limit).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            if let lower = ScalarTable.entries[Int(scalar.value)].lowercase {
                #expect(String(Character(scalar)).lowercased() == String(Character(lower)))
            }
        }
        // String equality (canonical equivalence) and hashing agree, so distinct keys are unequal strings.
        #expect(Set(scalars.map { String(Character($0)) }).count == scalars.count)
    }

    @Test("the facts of an analysis are the rules' definitions of its text and prose")
    func facts() {
        for text in Self.catalogStrings + Self.seeded {
            let analysis = InlineAnalysis(text)
            let facts = analysis.facts, prose = analysis.prose.text
            #expect(facts.doubledWords == QAReference.doubledWords(prose))
            #expect(facts.numbers == QAReference.numberRuns(in: QAReference.normalizingTimes(prose)).filter { !$0.isPhone }.map(\.digits))
            #expect(facts.phones == QAReference.numberRuns(in: prose).filter(\.isPhone).map(\.digits))
            #expect(facts.length == prose.count)
            #expect(facts.finalPunctuation == FinalPunctuation(endOf: prose))
            #expect(facts.emailAddresses == EmailRule.addresses(text))
        }
    }
}
