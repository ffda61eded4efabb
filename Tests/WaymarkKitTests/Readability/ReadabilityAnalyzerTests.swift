import Foundation
import Testing
@testable import WaymarkKit

@Suite("Readability analyzer")
struct ReadabilityAnalyzerTests {
    static let page: [ProseBlock] = [
        ProseBlock(text: "Crossing the road", line: 1, kind: .heading),
        ProseBlock(text: "Stop at the kerb. Look both ways.\nListen for cars. Notwithstanding considerable institutional\nresponsibilities, municipalities occasionally underestimate pedestrian vulnerability.", line: 3, kind: .paragraph),
        ProseBlock(text: "Wait for the green man", line: 7, kind: .listItem),
        ProseBlock(text: "Walk, do not run", line: 8, kind: .listItem),
    ]

    @Test("headings and list items count as sentences; counts add up")
    func counts() {
        let statistics = ReadabilityAnalyzer(languageTag: "en").statistics(of: Self.page)
        #expect(statistics.sentences == 7)
        #expect(statistics.words == 31)
        #expect(statistics.syllables > statistics.words)
    }

    @Test("report: default formula, band, and the hardest sentence with its line")
    func report() throws {
        let report = ReadabilityAnalyzer(languageTag: "en-US").report(for: Self.page)
        #expect(report.formulaID == "flesch-kincaid-grade")
        let score = try #require(report.score)
        #expect(report.band == FleschKincaidGrade().band(for: score)?.meaning)
        #expect(report.hardestSentences.count == 3)
        let hardest = try #require(report.hardestSentences.first)
        #expect(hardest.text.hasPrefix("Notwithstanding considerable institutional responsibilities"))
        #expect(hardest.line == 4)
        let scores = report.hardestSentences.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test("a reading-ease formula ranks the lowest scores as hardest")
    func easeRanking() throws {
        let report = ReadabilityAnalyzer(languageTag: "en").report(for: Self.page, formulaID: "flesch-reading-ease")
        #expect(report.formulaID == "flesch-reading-ease")
        let scores = report.hardestSentences.map(\.score)
        #expect(scores == scores.sorted())
        #expect(report.hardestSentences.first?.line == 4)
    }

    @Test("no prose: no score, target passes")
    func empty() {
        let report = ReadabilityAnalyzer(languageTag: "fi").report(for: [ProseBlock(text: "—", line: 1, kind: .paragraph)])
        #expect(report.score == nil)
        #expect(report.words == 0)
        #expect(ReadabilityTarget(formulaID: "lix", max: 40).evaluate(report).passed)
    }

    @Test("targets: min and max, pass and fail with a message")
    func targets() {
        let report = ReadabilityAnalyzer(languageTag: "en").report(for: Self.page)
        let score = report.score ?? 0
        let miss = ReadabilityTarget(formulaID: "flesch-kincaid-grade", max: score - 1).evaluate(report)
        #expect(!miss.passed)
        #expect(miss.message.contains("is above the maximum"))
        #expect(ReadabilityTarget(formulaID: "flesch-kincaid-grade", max: score + 1).evaluate(report).passed)
        #expect(!ReadabilityTarget(formulaID: "flesch-kincaid-grade", min: score + 1).evaluate(report).passed)
    }

    @Test("Spanish and Finnish pages use their formulas")
    func otherLanguages() throws {
        let spanish = ReadabilityAnalyzer(languageTag: "es").report(for: [
            ProseBlock(text: "¿Necesitas ayuda? Llama al teléfono gratuito. El Sr. Pérez te escuchará.", line: 2, kind: .paragraph),
        ])
        #expect(spanish.formulaID == "fernandez-huerta")
        #expect(spanish.sentences == 3)
        #expect(spanish.words == 11)
        #expect(spanish.syllables == 26)  // ne-ce-si-tas a-yu-da lla-ma al te-lé-fo-no gra-tui-to el sr pé-rez te es-cu-cha-rá ("sr": 1)
        let finnish = ReadabilityAnalyzer(languageTag: "fi").report(for: [
            ProseBlock(text: "Pysähdy tien reunaan. Katso molempiin suuntiin.", line: 1, kind: .paragraph),
        ])
        #expect(finnish.formulaID == "lix")
        let lix = try #require(finnish.score)
        #expect(abs(lix - (6.0 / 2 + 100 * 4 / 6)) < 1e-9)  // pysähdy, reunaan, molempiin, suuntiin
    }

    @Test("concurrent use (lazy dictionary load included) gives identical reports")
    func concurrent() async {
        let expected = ReadabilityAnalyzer(languageTag: "en").report(for: Self.page)
        let reports = await withTaskGroup(of: ReadabilityReport.self) { group in
            for language in ["en", "en-GB", "en-US", "en"] {
                group.addTask { ReadabilityAnalyzer(languageTag: language).report(for: Self.page) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.map(\.statistics) == Array(repeating: expected.statistics, count: 4))
    }

    @Test("combining accents are normalized: decomposed and precomposed text count alike")
    func normalization() {
        let analyzer = ReadabilityAnalyzer(languageTag: "es")
        let composed = analyzer.statistics(of: [ProseBlock(text: "El país y el baúl.", line: 1, kind: .paragraph)])
        let decomposed = analyzer.statistics(of: [ProseBlock(text: "El pai\u{301}s y el bau\u{301}l.", line: 1, kind: .paragraph)])
        #expect(composed == decomposed)
        #expect(composed.syllables == 7)  // el pa-ís y el ba-úl
    }

    @Test("JSON shape is stable: sorted keys, rounded numbers")
    func json() throws {
        let report = ReadabilityAnalyzer(languageTag: "en").report(for: Self.page)
        let check = ReadabilityTarget(formulaID: "flesch-kincaid-grade", max: 5).evaluate(report)
        let document = ReadabilityJSONDocument(pages: [
            ReadabilityPageJSON(path: "Source-Content/road/01-crossing.md", locale: "en", report: report, check: check),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(document), as: UTF8.self)
        #expect(text.hasPrefix(#"{"pages":[{"band":"#))
        #expect(text.contains(#""formula":"flesch-kincaid-grade""#))
        #expect(text.contains(#""target":{"max":5}"#))
        #expect(text.contains(#""version":1"#))
        let decoded = try JSONDecoder().decode(ReadabilityJSONDocument.self, from: Data(text.utf8))
        #expect(decoded == document)
    }

    @Test("large input measured on several cores gives the same report as one run", arguments: ["en", "es"])
    func parallelRunsMerge(language: String) throws {
        // The textstat paragraphs repeated, plus the page, with duplicates so hotspot ties
        // across runs must resolve to the earlier sentence as on one thread.
        let paragraphs = try TextstatReferenceTests.english().map(\.text)
        let texts = Array(repeating: paragraphs, count: 8).joined() + Self.page.map(\.text)
        let blocks = texts.enumerated().map { ProseBlock(text: $0.element, line: $0.offset + 1, kind: .paragraph) }
        var parallel = ReadabilityAnalyzer(languageTag: language)
        parallel.parallelThresholdBytes = 1
        var sequential = ReadabilityAnalyzer(languageTag: language)
        sequential.parallelThresholdBytes = .max
        #expect(ReadabilityAnalyzer.runs(of: blocks, parallelThresholdBytes: 1).count == ProcessInfo.processInfo.activeProcessorCount)
        #expect(ReadabilityAnalyzer.runs(of: blocks, parallelThresholdBytes: .max) == [0..<blocks.count])
        for hotspots in [1, 3, 50] {
            #expect(parallel.report(for: blocks, hotspots: hotspots) == sequential.report(for: blocks, hotspots: hotspots))
        }
        #expect(parallel.statistics(of: blocks) == sequential.statistics(of: blocks))
    }
}
