import Testing
@testable import WaymarkKit

@Suite struct XLIFF2WriterTests {
    let output = XLIFF2Writer().write(InterchangeTestSupport.sampleDocument)

    @Test func validatesAgainstXLIFF20CoreSchema() throws {
        guard let result = try InterchangeTestSupport.validate(output, schema: "xliff_core_2.0.xsd") else {
            print("xmllint unavailable (apt libxml2-utils): schema validation skipped")
            return
        }
        #expect(result.status == 0, "\(result.output)\n\(output)")
    }

    @Test func writesLanguagesNotesStateAndHash() {
        #expect(output.contains("srcLang=\"en\" trgLang=\"es\""))
        #expect(output.contains("<file id=\"f1\" original=\"Locales/es/guide/01-start.po\" canResegment=\"no\">"))
        #expect(output.contains("<note category=\"location\">content/guide/01-start.md:3</note>"))
        #expect(output.contains("<segment state=\"reviewed\">"))
        #expect(output.contains("<unit id=\"\(InterchangeUnit.stableID(context: "front-matter.title", source: "Title"))\" name=\"front-matter.title\">"))
        let hash = InterchangeUnit.targetHash("Título")
        #expect(output.contains("<note appliesTo=\"target\" category=\"waymark\" priority=\"10\">sha256:\(hash)</note>"))
    }

    @Test func mapsMarkdownToPairedAndStandaloneCodes() {
        #expect(output.contains("<source>Stay <pc id=\"1\" dataRefEnd=\"d1\" dataRefStart=\"d1\" subType=\"xlf:b\" type=\"fmt\">safe</pc>"))
        #expect(output.contains("<data id=\"d2\">](guide.md &quot;Guide &amp; more&quot;)</data>") == false)
        #expect(output.contains("](guide.md \"Guide &amp; more\")</data>"))
        #expect(output.contains("<ph id=\"2\" dataRef=\"d3\" disp=\"{{helpline.phone}}\" subType=\"xlf:var\" type=\"ui\"/>"))
        #expect(output.contains("<cp hex=\"0007\"/>"))
        #expect(output.contains("&#xD;"))
    }

    @Test func targetCodesReuseSourceIDs() {
        // "Mantén la **calma** y la *seguridad*." keeps ids 1 (strong) and 2 (emphasis).
        #expect(output.contains("<target>Mantén la <pc id=\"1\" dataRefEnd=\"d1\" dataRefStart=\"d1\" subType=\"xlf:b\" type=\"fmt\">calma</pc> y la <pc id=\"2\""))
    }

    @Test func isDeterministic() {
        #expect(XLIFF2Writer().write(InterchangeTestSupport.sampleDocument) == output)
    }

    @Test func leavesOutFilesWithoutUnits() {
        var document = InterchangeTestSupport.sampleDocument
        document.files.append(InterchangeFile(path: "empty.po", units: []))
        #expect(!XLIFF2Writer().write(document).contains("empty.po"))
    }
}
