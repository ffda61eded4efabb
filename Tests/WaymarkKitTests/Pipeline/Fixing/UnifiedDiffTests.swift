import Foundation
import Testing
@testable import WaymarkKit

/// `check --fix --dry-run` diffs: the hunks must equal GNU `diff -u`'s.
struct UnifiedDiffTests {
    static let before = (1...30).map { "line \($0)\n" }.joined()

    @Test(arguments: [
        before.replacingOccurrences(of: "line 2\n", with: "line two\n"),
        before.replacingOccurrences(of: "line 5\n", with: "line five\n").replacingOccurrences(of: "line 25\n", with: "line 25.\n"),
        before.replacingOccurrences(of: "line 9\n", with: "line 9!\n").replacingOccurrences(of: "line 13\n", with: "line 13!\n"),
        before.replacingOccurrences(of: "line 30\n", with: "line 30"),
        before.replacingOccurrences(of: "line 1\n", with: "").replacingOccurrences(of: "line 20\n", with: "line 20\nnew\n"),
    ])
    func matchesGNUDiff(after: String) throws {
        let ours = UnifiedDiff.diff(path: "f.txt", before: Self.before, after: after)
        #expect(ours.hasPrefix("--- a/f.txt\n+++ b/f.txt\n@@ "))
        guard let diff = ExternalTool.path("diff") else {
            withKnownIssue("diff is unavailable") { Issue.record("skipped") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.before.utf8).write(to: folder.appendingPathComponent("a"))
        try Data(after.utf8).write(to: folder.appendingPathComponent("b"))
        let (_, output) = try ExternalTool.run(diff, ["-u", folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path])
        let hunks = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("@@") }.joined(separator: "\n") }
        #expect(hunks(ours) == hunks(output))
    }

    @Test func noChangeNoDiff() {
        #expect(UnifiedDiff.diff(path: "f", before: Self.before, after: Self.before) == "")
    }
}
