import Testing
@testable import WaymarkKit

struct HTMLNodeTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        (#"say "hi""#, "say &quot;hi&quot;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ])
    func escapesText(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
        #expect(HTMLNode.text(input).render() == expected)
    }

    @Test func rendersElementsAttributesAndVoidElements() {
        let node = HTMLNode.element("p", attrs(("class", "x"), ("title", #"a"b"#), ("lang", nil)), [
            .text("1 < 2"), .element("br"), .element("input", [HTMLNode.Attribute("disabled", nil)]),
        ])
        #expect(node.render() == #"<p class="x" title="a&quot;b">1 &lt; 2<br><input disabled></p>"# + "\n")
    }

    @Test func trustedFragmentsAreInsertedVerbatim() {
        #expect(HTMLNode.element("div", [], [.trusted("<em>x</em>")]).render() == "<div><em>x</em></div>\n")
    }

    @Test func doctypeStartsTheDocument() {
        #expect(HTMLNode.doctype.render() == "<!DOCTYPE html>\n")
    }
}
