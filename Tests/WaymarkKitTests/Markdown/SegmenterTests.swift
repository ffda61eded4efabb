import Testing
@testable import WaymarkKit

@Suite struct SegmenterTests {
    struct Expected: Sendable, CustomStringConvertible {
        var kind: Segment.Kind
        var line: Int
        var column: Int
        var text: String
        var description: String { "\(line):\(column) \(text)" }
    }

    static let expected: [Expected] = [
        .init(kind: .heading, line: 1, column: 3, text: "Staying safe online"),
        .init(kind: .paragraph, line: 3, column: 1, text: "Welcome to **Waymark**. This page explains\nhow to stay safe."),
        .init(kind: .heading, line: 6, column: 4, text: "Passwords"),
        .init(kind: .paragraph, line: 8, column: 3, text: "Use a *long* password."),
        .init(kind: .paragraph, line: 9, column: 3, text: "Never share it with\nanyone, not even friends."),
        .init(kind: .paragraph, line: 11, column: 7, text: "Check your settings"),
        .init(kind: .paragraph, line: 13, column: 3, text: "**Tip:** ask an adult\nif you are unsure."),
        .init(kind: .tableCell, line: 16, column: 3, text: "Word"),
        .init(kind: .tableCell, line: 16, column: 10, text: "Meaning"),
        .init(kind: .tableCell, line: 18, column: 3, text: "PIN"),
        .init(kind: .tableCell, line: 18, column: 10, text: "a `1\\|2` code"),
        .init(kind: .tableCell, line: 19, column: 3, text: "[link](02-next.md)"),
        .init(kind: .imageAlt, line: 21, column: 3, text: "A padlock on a phone"),
        .init(kind: .paragraph, line: 23, column: 4, text: "First step"),
        .init(kind: .paragraph, line: 24, column: 4, text: "Second step"),
        .init(kind: .paragraph, line: 26, column: 4, text: "With a second paragraph."),
        .init(kind: .paragraph, line: 32, column: 1, text: "Read more[^1]."),
        .init(kind: .paragraph, line: 34, column: 7, text: "A footnote with\ntwo lines."),
    ]

    @Test func samplePageSegmentsInSourceOrder() {
        let segments = Segmenter().segments(source: samplePage)
        #expect(segments.map(\.text) == Self.expected.map(\.text))
        #expect(segments.map(\.kind) == Self.expected.map(\.kind))
        #expect(segments.map(\.line) == Self.expected.map(\.line))
        #expect(segments.map(\.column) == Self.expected.map(\.column))
    }

    @Test func leafIndexesPointAtTheBlocksOfTheSegments() {
        let document = MarkdownParser().parse(samplePage)
        let leaves = document.leafBlocks
        for segment in Segmenter().segments(source: samplePage, document: document) {
            let leaf = leaves[segment.leafIndex]
            switch segment.kind {
            case .heading: #expect(leaf.kind == .heading(level: leaf.range.startLine == 1 ? 1 : 2, setext: false))
            case .tableCell: #expect(leaf.kind == .tableCell)
            case .paragraph, .imageAlt: #expect(leaf.kind == .paragraph)
            }
        }
    }

    @Test(arguments: [
        ("Title\n=====\n", ["Title"]),
        ("Two line\ntitle\n---\n", ["Two line\ntitle"]),
        ("# Closing #####\n", ["Closing"]),
        ("### foo \\###\n", ["foo \\###"]),
        ("#\n", []),
        ("    indented code\n\n<div>html</div>\n\n***\n", []),
        ("[a]: /url\n\n[b]: /other \"t\"\n", []),
        ("[a]: /url\nText after a definition.\n", ["Text after a definition."]),
        ("Hard  \nbreak and\\\nbackslash\n", ["Hard  \nbreak and\\\nbackslash"]),
        ("Line with trailing blank \nnext\n", ["Line with trailing blank\nnext"]),
        ("> > nested\n> lazy\n", ["nested\nlazy"]),
        ("Intro\n| a | b |\n| - | - |\n| c | d |\n", ["Intro", "a", "b", "c", "d"]),
        ("- item\n\n      code in item\n", ["item"]),
        ("![shortcut]\n\n[shortcut]: /img.png\n", ["![shortcut]"]),
        ("![](empty-alt.png)\n", []),
        ("Hello {{name}}, see <https://example.org>.\n", ["Hello {{name}}, see <https://example.org>."]),
    ])
    func segmentTexts(source: String, texts: [String]) {
        #expect(Segmenter().segments(source: source).map(\.text) == texts)
    }

    @Test func paragraphBeforeTableGetsItsRealLines() {
        let source = "Some text\nover two lines\n| a | b |\n|---|---|\n| c | d |\n"
        let segments = Segmenter().segments(source: source)
        #expect(segments.map(\.line) == [1, 3, 3, 5, 5])
        #expect(segments.map(\.column) == [1, 3, 7, 3, 7])
    }

    @Test func segmentLocationIsForDiagnostics() {
        let segment = Segmenter().segments(source: "> quoted\n")[0]
        #expect(segment.location(path: "p/01.md") == WaymarkKit.SourceLocation(path: "p/01.md", line: 1, column: 3))
    }
}
