import Foundation
import Testing
@testable import WaymarkKit

@Suite struct SecureXMLParserTests {
    let reader = XLIFFReader()

    private func read(fixture name: String) -> XLIFFReadResult {
        let url = InterchangeTestSupport.fixtures.appendingPathComponent("security/\(name)")
        return reader.read(contentsOf: url, path: name)
    }

    @Test(arguments: [
        ("xxe-file.xlf", 2), ("xxe-network.xlf", 2), ("billion-laughs.xlf", 2), ("remote-dtd.xlf", 2),
    ])
    func refusesDoctypes(_ name: String, _ line: Int) throws {
        let result = read(fixture: name)
        #expect(result.document == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "xliff-syntax")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column > 1)
        #expect(diagnostic.message.contains("DOCTYPE"))
        #expect(!diagnostic.description.contains("root:"), "file content leaked")
    }

    @Test func truncatedFileReportsWhereItEnds() throws {
        let result = read(fixture: "truncated.xlf")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.document == nil)
        #expect(diagnostic.ruleID == "xliff-syntax")
        #expect(diagnostic.location.line == 4)
    }

    @Test func invalidUTF8IsASyntaxError() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n  <x>ab".utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array("</x></xliff>".utf8)
        let result = reader.read(Data(bytes), path: "bad.xlf")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.document == nil)
        #expect(diagnostic.ruleID == "xliff-syntax")
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.contains("UTF-8"))
    }

    @Test(arguments: ["", "<xliff", "<a></b>", "text only", "<a>&undefined;</a>"])
    func malformedInputIsADiagnostic(_ text: String) {
        let result = reader.read(Data(text.utf8), path: "m.xlf")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.ruleID == "xliff-syntax")
    }

    @Test func fiftyMegabyteFileIsRefusedBeforeReading() throws {
        let directory = try InterchangeTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("big.xlf")
        // A sparse file: 50 MiB on paper, nothing written, so the test stays fast.
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let result = reader.read(contentsOf: url, path: "big.xlf")
        #expect(result.document == nil)
        #expect(result.diagnostics.map(\.description) == [
            "big.xlf:1:1: error: file is 52428800 bytes; XLIFF files over 50000000 bytes are refused [xliff-syntax]",
        ])
    }

    @Test func sizeLimitAlsoGuardsInMemoryInput() {
        let small = XLIFFReader(maximumBytes: 10)
        let result = small.read(Data("<xliff>0123456789</xliff>".utf8), path: "m.xlf")
        #expect(result.diagnostics.first?.message.contains("refused") == true)
    }

    @Test func deepNestingIsLimitedByLibxml2() {
        let text = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        let result = reader.read(Data(text.utf8), path: "deep.xlf")
        #expect(result.diagnostics.first?.ruleID == "xliff-syntax")
    }
}
