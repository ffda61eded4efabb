import Testing
@testable import WaymarkKit

@Suite struct InlineCodeNumberingTests {
    private func ids(_ nodes: [NumberedInline]?) -> [String] {
        (nodes ?? []).flatMap { node -> [String] in
            switch node {
            case .text: return []
            case .standalone(let id, _): return [id]
            case .paired(let id, _, _, let children): return [id] + ids(children)
            }
        }
    }

    @Test(arguments: [
        ("**a** [b](u) {{c}}", "{{c}} **x** [y](u)", ["3", "1", "2"]),
        ("[a](en.html) *b*", "*b* [a](es.html)", ["2", "1"]),
        ("plain", "**new** `code`", ["1", "2"]),
        ("*a* *b*", "*b* *a* *c*", ["1", "2", "3"]),
    ])
    func targetCodesFollowSourceIDs(_ source: String, _ target: String, _ expected: [String]) {
        let numbered = InlineCodeNumbering.number(
            source: MarkdownInlineTokenizer.tokenize(source), target: MarkdownInlineTokenizer.tokenize(target)
        )
        #expect(ids(numbered.target) == expected)
    }
}
