import Foundation
import Testing
@testable import WaymarkKit

/// The watcher reports a burst of saves once and ignores what is not part of the project.
struct ProjectWatcherTests {
    /// Collects the changes a watcher reports while `body` runs, then for `settle` more.
    static func changes(in root: URL, settle: Duration, _ body: @Sendable () async throws -> Void) async rethrows -> Int {
        // A long quiet time, so a loaded machine's late wake-ups do not split the burst.
        let watcher = ProjectWatcher(root: root, interval: .milliseconds(20), quiet: .seconds(1), maxDelay: .seconds(5))
        let stream = watcher.changes(after: ProjectWalk.entries(projectRoot: root))
        let counter = Task {
            var count = 0
            for await _ in stream { count += 1 }
            return count
        }
        try await body()
        try? await Task.sleep(for: settle)
        counter.cancel()
        return await counter.value
    }

    @Test func swapFilesBackupsAndBuildDoNotTriggerARebuild() async throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        defer { try? FileManager.default.removeItem(at: root) }
        let count = try await Self.changes(in: root, settle: .milliseconds(600)) {
            for name in ["Source-Content/guide/.01-start.md.swp", "Source-Content/guide/01-start.md~", "Source-Content/guide/#01-start.md#", "Source-Content/x.tmp"] {
                try Data("junk".utf8).write(to: root.appendingPathComponent(name))
            }
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Build/web"), withIntermediateDirectories: true)
            try Data("output".utf8).write(to: root.appendingPathComponent("Build/web/index.html"))
        }
        #expect(count == 0)
    }

    @Test func aBurstOfSavesIsOneChange() async throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent(RuleExample.pagePath)
        let count = try await Self.changes(in: root, settle: .milliseconds(2500)) {
            // Back to back, as an editor's save-and-rename or a checkout writes them; no sleeps,
            // which a loaded test machine could stretch past the quiet time.
            for index in 0..<5 {
                try Data("---\ntitle: Start\n---\nSave number \(index).\n".utf8).write(to: page)
            }
        }
        #expect(count == 1)
    }
}
