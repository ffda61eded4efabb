import Testing
@testable import WaymarkKit

@Suite struct MarkdownParserTests {
    @Test(arguments: ["", " ", "\n\n\t \n", "\u{0}", "a\u{0}b\n\u{0}\u{0}", String(repeating: "> ", count: 1000) + "deep",
                      String(repeating: "- ", count: 500) + "x", String(repeating: "[", count: 5000),
                      String(repeating: "*a ", count: 3000), "| a |\n|", "[^]: x\n[^", "\r\r\n\r"])
    func oddInputNeverCrashes(_ source: String) {
        let document = MarkdownParser().parse(source)
        #expect(document.kind == .document)
        let html = MarkdownHTMLRenderer().render(document)
        #expect(html == CmarkReferenceRenderer.html(source))
        let segments = Segmenter().segments(source: source, document: document)
        _ = Reassembler().reassemble(source: source, segments: segments, translations: segments.map(\.text))
    }

    @Test func thousandNestedQuotesKeepTheirDepth() {
        var node = MarkdownParser().parse(String(repeating: ">", count: 1000) + " deep\n")
        var depth = 0
        while let child = node.children.first, child.kind == .blockQuote {
            depth += 1
            node = child
        }
        #expect(depth == 1000)
    }

    /// Beyond `CmarkConverter.maximumDepth` levels the tree is cut off instead of
    /// exhausting the stack when it is rendered, compared or freed.
    @Test(arguments: [String(repeating: ">", count: 50_000) + " x\n", String(repeating: "- ", count: 20_000) + "x\n",
                      String(repeating: "*", count: 30_000) + "a" + String(repeating: "*", count: 30_000)])
    func absurdNestingIsCutOffNotFatal(_ source: String) {
        let document = MarkdownParser().parse(source)
        #expect(document == MarkdownParser().parse(source))
        #expect(!MarkdownHTMLRenderer().render(document).isEmpty)
        _ = Segmenter().segments(source: source, document: document)
    }

    /// cmark-gfm's special-character table is global; parallel parses must not
    /// lose strikethrough or autolinks (they did before `MarkdownParser` locked).
    @Test func parsingConcurrentlyGivesTheSameTrees() async {
        let sources = Array(repeating: SpecExample.load("gfm-extensions.txt").map(\.markdown), count: 4).flatMap { $0 }
            + SpecExample.all.map(\.markdown)
        let serial = sources.map { MarkdownParser().parse($0) }
        let parallel = await withTaskGroup(of: (Int, MarkdownNode).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, MarkdownParser().parse(source)) }
            }
            var trees = [MarkdownNode?](repeating: nil, count: sources.count)
            for await (index, tree) in group { trees[index] = tree }
            return trees
        }
        #expect(parallel == serial.map(Optional.some))
    }

    @Test func parallelParsesKeepExtensionSyntax() async {
        let source = String(repeating: "~~gone~~ www.example.org and https://example.org/x or a@b.org\n\n", count: 300)
        let expected = MarkdownParser().parse(source)
        let differing = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<6).filter { _ in MarkdownParser().parse(source) != expected }.count }
            }
            return await group.reduce(0, +)
        }
        #expect(differing == 0)
    }

    @Test func convertsExtensionNodesAndPositions() {
        let source = "# T\n\n- [x] done\n- [ ] todo\n\n| a | b | c |\n|:-|:-:|--:|\n\n~~gone~~ x[^f]\n\n[^f]: note\n"
        let document = MarkdownParser().parse(source)
        #expect(document.children.map(\.kind) == [
            .heading(level: 1, setext: false),
            .list(type: .bullet, start: 0, delimiter: .none, tight: true),
            .table(alignments: [.left, .center, .right]),
            .paragraph,
            .footnoteDefinition(label: "f"),
        ])
        #expect(document.children[1].children.map(\.kind) == [.item(taskChecked: true), .item(taskChecked: false)])
        #expect(document.children[3].children.first?.kind == .strikethrough)
        #expect(document.children[3].children.last?.kind == .footnoteReference(label: "f", index: 1, occurrence: 1))
        #expect(document.children[0].range == SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 3))
    }

    @Test func footnoteLabelsComeFromTheDefinition() {
        let document = MarkdownParser().parse("x[^Note] y[^note]\n\n[^note]: n\n")
        var references: [MarkdownNode.Kind] = []
        document.forEachInline { if case .footnoteReference = $0.kind { references.append($0.kind) } }
        #expect(references == [.footnoteReference(label: "note", index: 1, occurrence: 1),
                               .footnoteReference(label: "note", index: 1, occurrence: 2)])
    }

    @Test func setextHeadingsAreMarked() {
        let document = MarkdownParser().parse("Title\n===\n\nSub\n---\n")
        #expect(document.children.map(\.kind) == [.heading(level: 1, setext: true), .heading(level: 2, setext: true)])
    }
}
