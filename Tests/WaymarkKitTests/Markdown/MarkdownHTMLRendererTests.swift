import Testing
@testable import WaymarkKit

@Suite struct MarkdownHTMLRendererTests {
    static func render(_ source: String, _ options: MarkdownHTMLOptions = MarkdownHTMLOptions()) -> String {
        MarkdownHTMLRenderer(options: options).render(MarkdownParser().parse(source))
    }

    static let fallback = MarkdownHTMLOptions(leafAttributes: MarkdownHTMLOptions.fallbackMarking(leaves: [1, 3], sourceLocale: "en"))

    @Test func fallbackLeavesGetAttributesOnTheirElement() {
        let html = Self.render("# Título\n\nSource text.\n\n| a | b |\n|:-|--|\n", Self.fallback)
        #expect(html == """
            <h1>Título</h1>
            <p lang="en" class="wm-fallback">Source text.</p>
            <table>
            <thead>
            <tr>
            <th align="left">a</th>
            <th lang="en" class="wm-fallback">b</th>
            </tr>
            </thead>
            </table>

            """)
    }

    @Test func tightListParagraphIsWrappedInSpan() {
        let html = Self.render("- uno\n- two\n", MarkdownHTMLOptions(leafAttributes: { $0 == 1 ? [("lang", "en"), ("class", "wm-fallback")] : [] }))
        #expect(html == "<ul>\n<li>uno</li>\n<li><span lang=\"en\" class=\"wm-fallback\">two</span></li>\n</ul>\n")
    }

    @Test func attributeValuesAreEscaped() {
        let html = Self.render("Text\n", MarkdownHTMLOptions(leafAttributes: { _ in [("title", "a \"b\" <c> & d")] }))
        #expect(html == "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; d\">Text</p>\n")
    }

    @Test func linkAndImageResolvers() {
        let options = MarkdownHTMLOptions(
            resolveLink: { $0.hasSuffix(".md") ? "../" + $0.dropLast(3) + "/" : $0 },
            resolveImage: { "/assets/" + $0 })
        let html = Self.render("[next](02-next.md) [ext](https://example.org) ![i](<a b.png>)\n", options)
        #expect(html == "<p><a href=\"../02-next/\">next</a> <a href=\"https://example.org\">ext</a> <img src=\"/assets/a%20b.png\" alt=\"i\" /></p>\n")
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let source = "<div>x</div>\n\nA <b>b</b> <script>\n"
        #expect(Self.render(source) == "<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted --> <!-- raw HTML omitted --></p>\n")
        #expect(Self.render(source, MarkdownHTMLOptions(allowRawHTML: true)) == "<div>x</div>\n<p>A <b>b</b> &lt;script></p>\n")
    }

    @Test func dangerousURLsAreBlankedUnlessAllowed() {
        #expect(Self.render("[x](javascript:alert(1)) ![y](data:image/png;base64,AA)\n")
            == "<p><a href=\"\">x</a> <img src=\"data:image/png;base64,AA\" alt=\"y\" /></p>\n")
    }

    @Test func footnotesRenderLikeCmark() {
        let source = "a[^n] b[^n] c[^m]\n\n[^n]: one\n[^m]: two\n\n    code\n"
        #expect(Self.render(source) == CmarkReferenceRenderer.html(source))
    }

    /// The renderer's leaf counter and `forEachLeaf` agree on every spec example.
    @Test func leafNumberingMatchesForEachLeaf() {
        let marking = MarkdownHTMLOptions(leafAttributes: { [("data-leaf", String($0))] })
        for example in SpecExample.all {
            let document = MarkdownParser().parse(example.markdown)
            let html = MarkdownHTMLRenderer(options: marking).render(document)
            var expected: [String] = []
            document.forEachLeaf { index, _ in expected.append("data-leaf=\"\(index)\"") }
            let found = html.split(separator: " ").filter { $0.hasPrefix("data-leaf=") }.map { String($0.prefix { $0 != ">" }) }
            #expect(found == expected, "\(example)")
        }
    }
}
