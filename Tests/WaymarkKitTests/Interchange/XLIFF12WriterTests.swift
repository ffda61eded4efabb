import Testing
@testable import WaymarkKit

@Suite struct XLIFF12WriterTests {
    let output = XLIFF12Writer().write(InterchangeTestSupport.sampleDocument)

    @Test(arguments: ["xliff-core-1.2-strict.xsd", "xliff-core-1.2-transitional.xsd"])
    func validatesAgainstXLIFF12Schemas(_ schema: String) throws {
        guard let result = try InterchangeTestSupport.validate(output, schema: schema) else {
            print("xmllint unavailable (apt libxml2-utils): schema validation skipped")
            return
        }
        #expect(result.status == 0, "\(result.output)\n\(output)")
    }

    @Test func writesLanguagesStatesAndApproval() {
        #expect(output.contains("source-language=\"en\" target-language=\"es\" datatype=\"x-markdown\""))
        #expect(output.contains("<source xml:lang=\"en\">Title</source>"))
        #expect(output.contains("<target xml:lang=\"es\" state=\"translated\">Título</target>"))
        #expect(output.contains("approved=\"yes\""))
        #expect(output.contains("state=\"signed-off\""))
        #expect(output.contains("state=\"final\""))
        #expect(output.contains("<note from=\"context\">Page title</note>"))
        #expect(output.contains("<context context-type=\"sourcefile\">content/guide/01-start.md</context>"))
        #expect(output.contains("<note annotates=\"target\" from=\"waymark\" priority=\"10\">sha256:"))
    }

    @Test func mapsMarkdownToBptEptAndPh() {
        #expect(output.contains("<source xml:lang=\"en\">Stay <bpt id=\"1\" ctype=\"bold\">**</bpt>safe<ept id=\"1\">**</ept>"))
        #expect(output.contains("<ph id=\"2\" ctype=\"x-placeholder\">{{helpline.phone}}</ph>"))
        #expect(output.contains("<ept id=\"1\">](guide.md \"Guide &amp; more\")</ept>"))
    }

    @Test func isDeterministic() {
        #expect(XLIFF12Writer().write(InterchangeTestSupport.sampleDocument) == output)
    }
}
