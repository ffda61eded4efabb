import Testing
@testable import WaymarkKit

@Suite struct MarkdownNodeTraversalTests {
    @Test func plainTextDropsMarkupAndSeparatesBlocks() {
        let document = MarkdownParser().parse("# Hello *world*\n\nA [link](x) and `code`  \nnext ![alt](i.png)\n")
        #expect(document.plainText == "Hello world\nA link and code next alt")
    }

    @Test func leafBlocksArePreOrderParagraphsHeadingsAndCells() {
        let document = MarkdownParser().parse("# H\n\n> p1\n\n| c1 | c2 |\n|--|--|\n\n- item\n")
        #expect(document.leafBlocks.map(\.kind) == [.heading(level: 1, setext: false), .paragraph, .tableCell, .tableCell, .paragraph])
        var contexts: [[Int]] = []
        document.forEachLeaf { _, _, context in contexts.append(context.path) }
        #expect(contexts == [[0], [1, 0], [2, 0, 0], [2, 0, 1], [3, 0, 0]])
    }

    @Test func forEachNodeVisitsBlocksAndInlinesParentsFirst() {
        let document = MarkdownParser().parse("# A *b*\n\n> c [d](x)\n")
        var kinds: [String] = []
        document.forEachNode { kinds.append("\($0.kind)".components(separatedBy: "(")[0]) }
        #expect(kinds == ["document", "heading", "text", "emphasis", "text", "blockQuote", "paragraph", "text", "link", "text"])
        let links = document.compactMapNodes { node -> String? in
            if case .link(let destination, _) = node.kind { return destination }
            return nil
        }
        #expect(links == ["x"])
        // Nesting as deep as the parser keeps is walked without recursion.
        let deep = MarkdownParser().parse(String(repeating: "> ", count: 5_000) + "end\n")
        var count = 0
        deep.forEachNode { _ in count += 1 }
        #expect(count > 10)
    }

    @Test func containsUTF8FindsBytesInAnyString() {
        #expect("Call {{helpline.phone}}".containsUTF8(UInt8(ascii: "{")))
        #expect(!"No placeholder here, ñandú".containsUTF8(UInt8(ascii: "{")))
        #expect("line\r\nnext".containsUTF8(UInt8(ascii: "\r")))
        #expect(!"".containsUTF8(UInt8(ascii: "\r")))
        let slice = String("xx{yy".dropFirst(2))
        #expect(slice.containsUTF8(UInt8(ascii: "{")) && !slice.containsUTF8(UInt8(ascii: "x")))
        #expect("é".containsUTF8(0xC3) && !"é".containsUTF8(0x65))
    }
}
