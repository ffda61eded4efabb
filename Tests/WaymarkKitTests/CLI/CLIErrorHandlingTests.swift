import Foundation
import Testing
@testable import WaymarkKit

/// Bad input always gets `path:line:col: error: message [rule]` and exit 1 or
/// 2, never a crash or a stack trace (issue 3).
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIErrorHandlingTests {
    func project(_ overrides: [String: String]) throws -> URL {
        try WaymarkProcess.makeProject(ProjectFixture.minimalFiles.merging(overrides) { $1 })
    }

    func expectCleanFailure(_ outcome: WaymarkProcess.Outcome, status: Int32, contains text: String) {
        #expect(outcome.status == status, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains(text), "stderr: \(outcome.stderr)")
        #expect(!outcome.stderr.contains("Fatal error"), "no crash")
        #expect(!outcome.stderr.contains("Stack dump"), "no stack trace")
    }

    @Test func malformedConfigurationExits2WithPosition() throws {
        let root = try project(["waymark.yaml": "source-locale: en\nlocales: [en\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--project", root.path])
        expectCleanFailure(outcome, status: 2, contains: "waymark.yaml:3:1: error: invalid YAML")
    }

    @Test func malformedFrontMatterExits1() throws {
        let root = try project([RuleExample.pagePath: "---\ntitle: [unclosed\n---\nText\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--project", root.path])
        expectCleanFailure(outcome, status: 1, contains: "Source-Content/guide/01-start.md:3:1: error:")
    }

    @Test func invalidUTF8PointsAtTheByte() throws {
        let root = try project([:])
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\ntitle: Start\n---\nCaf".utf8 + [0xC3, 0x28] + "\n".utf8).write(to: root.appendingPathComponent(RuleExample.pagePath))
        let outcome = try WaymarkProcess.run(["check", "--project", root.path])
        expectCleanFailure(outcome, status: 1, contains: "Source-Content/guide/01-start.md:4:4: error: Source-Content/guide/01-start.md is not valid UTF-8 [file-encoding]")
    }

    @Test func binaryFileNamedMarkdown() throws {
        let root = try project([:])
        defer { try? FileManager.default.removeItem(at: root) }
        try AssetMetadataStripperTests.pngWithMetadata().write(to: root.appendingPathComponent("Source-Content/guide/02-image.md"))
        let outcome = try WaymarkProcess.run(["build", "--project", root.path])
        expectCleanFailure(outcome, status: 1, contains: "02-image.md is a binary file, not text [file-encoding]")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/web").path), "nothing published")
    }

    @Test func unreadablePageIsReportedNotSkipped() throws {
        let root = try project([:])
        defer { try? FileManager.default.removeItem(at: root) }
        let link = root.appendingPathComponent("Source-Content/guide/02-gone.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/waymark/page.md")
        let outcome = try WaymarkProcess.run(["build", "--project", root.path])
        expectCleanFailure(outcome, status: 1, contains: "Source-Content/guide/02-gone.md:1:1: error: Source-Content/guide/02-gone.md is not read: it is a symbolic link to '/nonexistent/waymark/page.md', which does not exist [unsafe-path]")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/web").path), "nothing published")
    }

    @Test func missingSourceContentExits2() throws {
        let root = try WaymarkProcess.makeProject(["waymark.yaml": "source-locale: en\nlocales: [en]\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["build", "--project", root.path])
        expectCleanFailure(outcome, status: 2, contains: "no Source-Content/ folder")
    }

    @Test func missingProjectExits2() throws {
        let outcome = try WaymarkProcess.run(["check", "--project", "/nonexistent/waymark-project"])
        expectCleanFailure(outcome, status: 2, contains: "no waymark.yaml here")
    }

    @Test func unknownOptionExits2() throws {
        let outcome = try WaymarkProcess.run(["build", "--colour"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("Unknown option"))
    }

    @Test func brokenLinkReportsMarkdownLineAndColumn() throws {
        let root = try project([RuleExample.pagePath: "---\ntitle: Start\n---\n\nFirst line.\nThen go [next](02-nowhere.md).\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--project", root.path])
        expectCleanFailure(outcome, status: 1, contains: "Source-Content/guide/01-start.md:6:9: error: link target '02-nowhere.md' is not a page of this project [broken-link]")
    }

    @Test func githubFormatAnnotatesTheLine() throws {
        let root = try project([RuleExample.pagePath: "---\ntitle: Start\n---\nGo [next](02-nowhere.md).\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WaymarkProcess.run(["check", "--format", "github", "--project", root.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("::error file=Source-Content/guide/01-start.md,line=4,col=4,endLine=4,endColumn=24,title=broken-link::link target '02-nowhere.md' is not a page of this project"))
    }
}
