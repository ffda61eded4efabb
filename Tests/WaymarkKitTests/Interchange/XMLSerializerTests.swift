import Testing
@testable import WaymarkKit

@Suite struct XMLSerializerTests {
    @Test(arguments: [
        ("a & b < c > d \"e\" 'f'", false, "a &amp; b &lt; c &gt; d \"e\" 'f'"),
        ("q\"\n\t\r", true, "q&quot;&#xA;&#x9;&#xD;"),
        ("line\nnext\r", false, "line\nnext&#xD;"),
        ("bell\u{07}nul\u{0}\u{FFFE}", false, "bell\u{FFFD}nul\u{FFFD}\u{FFFD}"),
        ("emoji \u{1F600}", true, "emoji \u{1F600}"),
    ])
    func escapesInOnePlace(_ text: String, _ inAttribute: Bool, _ expected: String) {
        #expect(XMLSerializer.escape(text, inAttribute: inAttribute) == expected)
    }

    @Test func indentsStructureButNotInlineContent() {
        let root = XMLTreeElement("root", children: [
            .element(XMLTreeElement("list", children: [.element(XMLTreeElement("item", [("id", "1")]))])),
            .element(XMLTreeElement("source", children: [.element(XMLTreeElement("ph", [("id", "1")]))])),
            .element(XMLTreeElement("mixed", children: [.text("a "), .element(XMLTreeElement("b", children: [.element(XMLTreeElement("c"))]))])),
        ])
        #expect(XMLSerializer.document(root, inline: ["source"]) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <root>
          <list>
            <item id="1"/>
          </list>
          <source><ph id="1"/></source>
          <mixed>a <b><c/></b></mixed>
        </root>

        """)
    }
}
