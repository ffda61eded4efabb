import Foundation
import Testing
@testable import WaymarkKit

/// `check --format json|github|sarif` on a project with real problems; SARIF is
/// validated against the OASIS 2.1.0 schema (../shared/conformance/schemas).
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIDiagnosticFormatTests {
    static let broken = ProjectFixture.minimalFiles.merging([
        RuleExample.pagePath: "---\ntitle: Start\n---\nGo [on](02-missing.md), press <kbd>Enter</kbd>.\n",
    ]) { $1 }

    @Test func sarifValidatesAgainstTheOASISSchema() throws {
        let root = try WaymarkProcess.makeProject(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--format", "sarif", "--project", root.path])
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let results = (json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
        #expect(Set(results.compactMap { $0["ruleId"] as? String }) == ["broken-link", "raw-html"])
        try SARIFSchemaCheck.expectValid(outcome.stdout, scratch: root)
    }

    @Test func jsonListsEveryDiagnosticWithItsPlace() throws {
        let root = try WaymarkProcess.makeProject(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--format", "json", "--project", root.path])
        #expect(outcome.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let link = try #require(items.first { $0["rule"] as? String == "broken-link" })
        #expect(link["path"] as? String == RuleExample.pagePath)
        #expect(link["line"] as? Int == 4)
        #expect(link["column"] as? Int == 4)
        #expect(link["severity"] as? String == "error")
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        var files = ProjectFixture.minimalFiles
        files["waymark.yaml"] = "source-locale: en\nlocales: [en]\nrules:\n  raw-html: warning\n"
        files[RuleExample.pagePath] = "---\ntitle: Start\n---\nPress <kbd>Enter</kbd>.\n"
        let root = try WaymarkProcess.makeProject(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try WaymarkProcess.run(["check", "--project", root.path]).status == 0)
        #expect(try WaymarkProcess.run(["check", "--strict", "--project", root.path]).status == 1)
        let strictBuild = try WaymarkProcess.run(["build", "--strict", "--project", root.path])
        #expect(strictBuild.status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/web").path), "a strict failure publishes nothing")
    }
}
