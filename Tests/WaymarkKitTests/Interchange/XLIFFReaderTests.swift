import Foundation
import Testing
@testable import WaymarkKit

@Suite struct XLIFFReaderTests {
    let reader = XLIFFReader()

    @Test func xliff2RoundTripIsExact() throws {
        let document = InterchangeTestSupport.sampleDocument
        let result = reader.read(Data(XLIFF2Writer().write(document).utf8), path: "out.xlf")
        #expect(result.diagnostics.isEmpty)
        #expect(result.version == .xliff2)
        #expect(result.document == document)
    }

    @Test func xliff12RoundTripIsExactForXMLText() throws {
        // XML 1.0 cannot hold control characters and 1.2 has no <cp>: they become U+FFFD.
        var document = InterchangeTestSupport.sampleDocument
        let result = reader.read(Data(XLIFF12Writer().write(document).utf8), path: "out.xlf")
        #expect(result.diagnostics.isEmpty)
        #expect(result.version == .xliff12)
        for fileIndex in document.files.indices {
            for unitIndex in document.files[fileIndex].units.indices {
                document.files[fileIndex].units[unitIndex].source =
                    document.files[fileIndex].units[unitIndex].source.replacingOccurrences(of: "\u{07}", with: "\u{FFFD}")
            }
        }
        #expect(result.document == document)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func roundTripIsExactForMarkupSoup(_ version: XLIFFVersion) throws {
        let document = InterchangeTestSupport.soupDocument(count: 400)
        let text = version.write(document)
        let result = reader.read(Data(text.utf8), path: "soup.xlf")
        #expect(result.diagnostics.isEmpty)
        #expect(result.document == document)
        let schema = version == .xliff2 ? "xliff_core_2.0.xsd" : "xliff-core-1.2-strict.xsd"
        if let validation = try InterchangeTestSupport.validate(text, schema: schema) {
            #expect(validation.status == 0, "\(validation.output)")
        }
    }

    @Test func recordsUnitLines() throws {
        let result = reader.read(Data(XLIFF2Writer().write(InterchangeTestSupport.sampleDocument).utf8), path: "out.xlf")
        let first = InterchangeTestSupport.sampleDocument.files[0].units[0]
        let location = result.locations[InterchangeUnitReference(filePath: "Locales/es/guide/01-start.po", unitID: first.id)]
        #expect(location == WaymarkKit.SourceLocation(path: "out.xlf", line: 4, column: 1))
    }

    @Test(arguments: ["xliff-2.0/withNotes.xlf", "xliff-2.0/everything-core.xlf",
                      "xliff-1.2/Manual-12-AltTrans.xlf", "xliff-1.2/BinUnitTest01.xlf", "xliff-1.2/hello.xlf"])
    func readsRealWorldSamples(_ sample: String) throws {
        let url = InterchangeTestSupport.schemas.appendingPathComponent("samples/\(sample)")
        let result = reader.read(contentsOf: url, path: sample)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect((result.document?.unitCount ?? 0) > 0)
    }

    @Test func readsTargetCodesThatCATToolsRewrote() throws {
        let xliff = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a.po" source-language="en" target-language="es" datatype="x-markdown"><body>
        <trans-unit id="u1"><source>Go <bpt id="1" ctype="link">[</bpt>home<ept id="1">](/ "Home")</ept> <ph id="2">{{x}}</ph></source>
        <target state="translated">Ir <g id="1">a casa</g> <x id="2"/></target></trans-unit></body></file></xliff>
        """
        let unit = reader.read(Data(xliff.utf8), path: "a.xlf").document?.files.first?.units.first
        #expect(unit?.target == "Ir [a casa](/ \"Home\") {{x}}")
        #expect(unit?.state == .translated)
    }

    @Test func xliff2TargetCodeWithoutDataBorrowsSourceData() throws {
        let xliff = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="f"><unit id="u1">
        <originalData><data id="d1">**</data></originalData><segment state="translated">
        <source><pc id="1" dataRefStart="d1" dataRefEnd="d1">a</pc></source><target><pc id="1">b</pc><ph id="9"/></target></segment></unit></file></xliff>
        """
        let result = reader.read(Data(xliff.utf8), path: "a.xlf")
        #expect(result.document?.files.first?.units.first?.target == "**b**")
        #expect(result.diagnostics.map(\.description) == [
            "a.xlf:3:1: error: inline code <ph id=\"9\"> has no original data to restore [xliff-syntax]",
        ])
    }

    @Test func joinsSegmentsOfAResegmentedUnit() throws {
        let xliff = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f" original="a.po"><group id="g">
        <unit id="u1"><notes><note>from the agency</note></notes>
        <segment state="final"><source>One.</source><target>Uno.</target></segment><ignorable><source> </source></ignorable>
        <segment state="translated"><source>Two <mrk id="m1" translate="no">2</mrk>.</source><target>Dos <mrk id="m1" translate="no">2</mrk>.</target></segment>
        </unit></group></file></xliff>
        """
        let unit = try #require(reader.read(Data(xliff.utf8), path: "a.xlf").document?.files.first?.units.first)
        #expect(unit.source == "One. Two 2.")
        #expect(unit.target == "Uno. Dos 2.")
        #expect(unit.state == .translated)
        #expect(unit.notes == [InterchangeNote(category: .translator, text: "from the agency")])
    }

    @Test func rejectsOtherRootElements() {
        let result = reader.read(Data("<html xmlns='http://www.w3.org/1999/xhtml'/>".utf8), path: "a.xlf")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.ruleID == "xliff-syntax")
    }
}
