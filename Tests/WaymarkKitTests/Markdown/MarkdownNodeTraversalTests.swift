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
}
