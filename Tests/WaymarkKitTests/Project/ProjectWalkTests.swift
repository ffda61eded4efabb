import Foundation
import Testing
@testable import WaymarkKit

struct ProjectWalkTests {
    @Test(arguments: [".01-a.md.swp", ".01-a.md.swx", "01-a.md~", "#01-a.md#", "01-a.md.tmp", ".hidden.md", "4913", ".DS_Store"])
    func ignoresEditorFiles(_ name: String) {
        #expect(ProjectWalk.isIgnored(name))
    }

    @Test(arguments: ["01-a.md", "_program.yaml", "photo.svg", "es.po", "a#b.md"])
    func keepsProjectFiles(_ name: String) {
        #expect(!ProjectWalk.isIgnored(name))
    }

    /// The reader and the watcher see the same files: swap files, backups and Build/ are in neither.
    @Test func readerSkipsWhatTheWalkSkips() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles.merging([
            "Source-Content/guide/.01-start.md.swp": "swap",
            "Source-Content/guide/01-start.md~": "backup",
            "Source-Content/guide/#01-start.md#": "autosave",
            "Source-Content/_assets/logo.svg.tmp": "partial",
            "Build/web/index.html": "output",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = Set(ProjectWalk.entries(projectRoot: root).map(\.path))
        #expect(paths == Set(ProjectFixture.minimalFiles.keys))
        #expect(Set(ProjectFileReader.read(projectRoot: root).files.keys) == paths)
    }

    /// `serve` re-reads only files whose stamp changed.
    @Test func readingAgainReusesUnchangedFiles() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = ProjectWalk.entries(projectRoot: root)
        var files = ProjectFileReader.read(first)
        files.files["waymark.yaml"] = Data("kept from before".utf8)
        let again = ProjectFileReader.read(first, reusing: (ProjectWatcher.stamps(first), files))
        #expect(again.files["waymark.yaml"] == Data("kept from before".utf8))
        let changed = first.map { entry in
            var entry = entry
            if entry.path == "waymark.yaml" { entry.stamp = "changed" }
            return entry
        }
        let reread = ProjectFileReader.read(changed, reusing: (ProjectWatcher.stamps(first), files))
        #expect(reread.files["waymark.yaml"] == Data(ProjectFixture.minimalFiles["waymark.yaml"]!.utf8))
    }
}
