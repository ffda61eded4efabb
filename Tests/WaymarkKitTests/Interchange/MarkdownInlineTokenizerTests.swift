import Testing
@testable import WaymarkKit

@Suite struct MarkdownInlineTokenizerTests {
    static let roundTrips = [
        "", "plain text", "Stay **safe** and *calm*.", "_under_ and __strong__", "***both***",
        "***Nested** emphasis*", "*a **b** c*", "**a *b* c**", "~~strike~~ and ~single~",
        "5 * 3 * 2 = 30", "snake_case_name and 2*3", "\\*not emphasis\\* and \\\\ backslash",
        "[link](https://x.org)", "[link](<url with spaces> \"title\")", "[a](u 'single') [b](u (paren))",
        "[a `]` b](u)", "[*em* in link](u \"t\")", "[ref link][ref] and [collapsed][]", "[not a link] here",
        "![alt *text*](img.png \"Title\")", "`code` and ``co`de`` and `unclosed", "line  \nbreak", "line\\\nbreak",
        "{{name}} {{ui.key}} {not} {{}} {{open", "<https://example.org> <me@example.org> <b>html</b> a < b",
        "unmatched ** strong", "*unclosed [link](u)", "**[bold link](u)**", "\u{1F600} **émoji** ñ",
        "[nested [brackets]](u)", "a ** b ** c", "__init__ method", "mixed *a_b* and _c*d_",
    ]

    @Test(arguments: roundTrips)
    func roundTripIsExact(_ text: String) {
        #expect(MarkdownInlineTokenizer.tokenize(text).markdown == text)
    }

    @Test func roundTripIsExactForArbitraryMarkupSoup() {
        for text in InterchangeTestSupport.markupSoup(count: 3000) {
            #expect(MarkdownInlineTokenizer.tokenize(text).markdown == text)
        }
    }

    @Test func strongAndEmphasisArePaired() {
        let nodes = MarkdownInlineTokenizer.tokenize("Stay **safe** and *calm*.")
        #expect(nodes == [
            .text("Stay "), .paired(open: .init(kind: .strong, markup: "**"), close: .init(kind: .strong, markup: "**"), children: [.text("safe")]),
            .text(" and "), .paired(open: .init(kind: .emphasis, markup: "*"), close: .init(kind: .emphasis, markup: "*"), children: [.text("calm")]),
            .text("."),
        ])
    }

    @Test func linkKeepsDestinationAndTitleInClosingCode() {
        let nodes = MarkdownInlineTokenizer.tokenize("[the *guide*](guide.md \"Guide\")")
        guard case .paired(let open, let close, let children)? = nodes.first else {
            Issue.record("no link in \(nodes)")
            return
        }
        #expect(open.markup == "[")
        #expect(close == InlineMarkupCode(kind: .link, markup: "](guide.md \"Guide\")"))
        #expect(children.count == 2)
    }

    @Test(arguments: [
        ("`a [b](c)`", InlineMarkupKind.codeSpan), ("{{helpline.phone}}", .placeholder), ("![x](y.png)", .image),
        ("<https://a.b>", .autolink), ("<br/>", .html), ("  \n", .hardBreak), ("\\\n", .hardBreak),
    ])
    func standaloneCodes(_ text: String, _ kind: InlineMarkupKind) {
        #expect(MarkdownInlineTokenizer.tokenize(text) == [.standalone(InlineMarkupCode(kind: kind, markup: text))])
    }

    @Test(arguments: ["5 * 3 * 2", "\\*literal\\*", "snake_case_word", "[no destination]", "{{}}", "a ~~~ b"])
    func textWithoutCodes(_ text: String) {
        #expect(MarkdownInlineTokenizer.tokenize(text) == [.text(text)])
    }

    @Test func tripleDelimitersNestStrongInsideEmphasis() {
        let nodes = MarkdownInlineTokenizer.tokenize("***x***")
        guard case .paired(let outer, _, let children)? = nodes.first, case .paired(let inner, _, _)? = children.first else {
            Issue.record("not nested: \(nodes)")
            return
        }
        #expect(outer.kind == .emphasis)
        #expect(inner.kind == .strong)
    }
}
