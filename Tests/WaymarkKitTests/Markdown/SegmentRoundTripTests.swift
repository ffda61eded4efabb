import Testing
@testable import WaymarkKit

/// Issue acceptance: segment -> identity translation -> reassemble -> render
/// equals render(original) for at least 99% of all GFM spec examples.
@Suite struct SegmentRoundTripTests {
    /// Examples whose identity round trip is known to differ, with the reason.
    /// The test fails if one of them starts passing (then remove it here).
    static let knownFailures: [String: String] = [:]

    /// Renders with raw HTML kept so that differences in HTML blocks show up too.
    static let renderer = MarkdownHTMLRenderer(options: MarkdownHTMLOptions(allowRawHTML: true))

    static func roundTrip(_ markdown: String) -> (html: String, expected: String, problems: [ReassemblyProblem]) {
        let document = MarkdownParser().parse(markdown)
        let segments = Segmenter().segments(source: markdown, document: document)
        let reassembly = Reassembler().reassemble(source: markdown, segments: segments, translations: segments.map(\.text))
        let html = renderer.render(MarkdownParser().parse(reassembly.source))
        return (html, renderer.render(document), reassembly.problems)
    }

    @Test func identityRoundTripOfAllSpecExamples() {
        let examples = SpecExample.all
        var passed = 0
        var unexpected: [String] = []
        for example in examples {
            let result = Self.roundTrip(example.markdown)
            let ok = result.html == result.expected && result.problems.isEmpty
            if ok { passed += 1 }
            if ok == (Self.knownFailures[example.description] != nil) {
                unexpected.append("\(example): \(example.markdown.debugDescription)\n  got      \(result.html.debugDescription)\n  expected \(result.expected.debugDescription)\n  problems \(result.problems.map(\.reason))")
            }
        }
        print("Segment round trip: \(passed)/\(examples.count) identical")
        #expect(examples.count > 700)
        #expect(Double(passed) >= 0.99 * Double(examples.count))
        #expect(unexpected.isEmpty, "\(unexpected.count) unexpected:\n\(unexpected.prefix(40).joined(separator: "\n"))")
    }

    /// Every leaf block with visible text is covered by a segment of its kind.
    @Test func segmentsCoverEveryLeafWithText() {
        var leaves = 0, covered = 0
        var missing: [String] = []
        for example in SpecExample.all {
            let document = MarkdownParser().parse(example.markdown)
            let segments = Segmenter().segments(source: example.markdown, document: document)
            let byLeaf = Dictionary(segments.map { ($0.leafIndex, $0) }, uniquingKeysWith: { first, _ in first })
            document.forEachLeaf { index, leaf in
                guard !leaf.plainText.isEmpty else { return }
                leaves += 1
                if byLeaf[index] != nil { covered += 1 } else { missing.append("\(example) leaf \(index)") }
            }
        }
        print("Segment coverage: \(covered)/\(leaves) leaves with text")
        #expect(missing.isEmpty, "\(missing)")
    }

    /// Examples where prefixing "Zq " rightly changes the structure, so the
    /// reassembler must reject the translation.
    static let expectedRejections: [String: String] = [
        "gfm-regression.txt #19": "paragraph `|` + `-|`: `Zq |` over `-|` forms a table header and delimiter row",
    ]

    /// A structure-preserving edit of every segment lands in the right leaf.
    @Test func prefixedTranslationsLandInTheirLeaves() {
        var checked = 0
        var wrong: [String] = []
        for example in SpecExample.all {
            let document = MarkdownParser().parse(example.markdown)
            let segments = Segmenter().segments(source: example.markdown, document: document)
            let reassembly = Reassembler().reassemble(source: example.markdown, segments: segments,
                                                      translations: segments.map { "Zq " + $0.text })
            let leaves = MarkdownParser().parse(reassembly.source).leafBlocks
            let rejected = Set(reassembly.problems.map(\.segmentIndex))
            for (index, segment) in segments.enumerated() where !rejected.contains(index) {
                checked += 1
                guard segment.leafIndex < leaves.count, leaves[segment.leafIndex].plainText.hasPrefix("Zq") else {
                    wrong.append("\(example) segment \(segment.text.debugDescription) -> \(reassembly.source.debugDescription)")
                    continue
                }
            }
            if reassembly.problems.isEmpty == (Self.expectedRejections[example.description] != nil) {
                wrong.append("\(example) problems \(reassembly.problems.map(\.reason)) in \(example.markdown.debugDescription)")
            }
        }
        print("Prefixed translations: \(checked) segments checked")
        #expect(wrong.isEmpty, "\(wrong.count):\n\(wrong.prefix(30).joined(separator: "\n"))")
    }
}
