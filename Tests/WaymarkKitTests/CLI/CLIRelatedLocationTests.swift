import Foundation
import Testing
@testable import WaymarkKit

/// A consistency diagnostic names both places in every format: text notes with
/// `path:line:col`, JSON `related`, SARIF `relatedLocations` (valid against the OASIS schema).
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIRelatedLocationTests {
    static let project = ProjectFixture.minimalFiles.merging(
        RuleExample.twoCatalogs(("Ask a trusted adult.", "Pregunta a un adulto de confianza."),
                                ("Ask a trusted adult.", "Habla con un adulto de confianza."), triggering: false).files) { $1 }
        .merging(["Source-Content/guide/_program.yaml": "title: Guide\n"]) { $1 }

    @Test func textJSONAndSARIFNameBothPlaces() throws {
        let root = try WaymarkProcess.makeProject(Self.project)
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try WaymarkProcess.run(["check", "--project", root.path])
        let lines = text.stderr.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasSuffix("[inconsistent]") }, "\(text.stderr)")
        #expect(lines[index].hasPrefix("Locales/es/guide/02-next.po:") && lines[index].contains(": warning: \"Ask a trusted adult.\" is translated as"))
        let note = lines[index + 1]
        #expect(note.hasPrefix("    note: Locales/es/guide/01-start.po:") && note.hasSuffix(": translated as \"Pregunta a un adulto de confianza.\""), "\(note)")

        let json = try WaymarkProcess.run(["check", "--format", "json", "--project", root.path])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let item = try #require(items.first { $0["rule"] as? String == "inconsistent" })
        let related = try #require((item["related"] as? [[String: Any]])?.first)
        #expect(related["path"] as? String == "Locales/es/guide/01-start.po" && (related["line"] as? Int ?? 0) > 1)
        #expect(items.filter { $0["rule"] as? String != "inconsistent" }.allSatisfy { $0["related"] == nil })

        let sarif = try WaymarkProcess.run(["check", "--format", "sarif", "--project", root.path])
        #expect(sarif.stdout.contains("\"relatedLocations\""))
        try SARIFSchemaCheck.expectValid(sarif.stdout, scratch: root)
    }
}
