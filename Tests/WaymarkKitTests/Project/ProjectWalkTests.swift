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

    /// The walk resolves each folder once and each file by one step from its folder; the
    /// result must be what resolving the whole path from the root gives, links included.
    @Test func walkAgreesWithResolvingFromTheRoot() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles.merging([
            "Source-Content/shared/notes.md": "# Notes\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.path + "/Source-Content/linked", withDestinationPath: "shared")
        try manager.createSymbolicLink(atPath: root.path + "/Source-Content/shared/alias.md", withDestinationPath: "notes.md")
        try manager.createSymbolicLink(atPath: root.path + "/Source-Content/outside.md", withDestinationPath: "/etc/hostname")
        let resolver = ProjectPathResolver(projectRoot: root)
        let entries = ProjectWalk.entries(projectRoot: root)
        #expect(entries.contains { $0.path == "Source-Content/linked/alias.md" && $0.isSymbolicLink })
        #expect(entries.contains { $0.path == "Source-Content/outside.md" && $0.refusal != nil })
        for entry in entries {
            if let refusal = entry.refusal {
                #expect(throws: ProjectPathResolver.Refusal.self) { try resolver.resolve(entry.path) }
                #expect(!refusal.isEmpty)
            } else {
                #expect(try resolver.resolve(entry.path) == .file(entry.url.path), "\(entry.path)")
            }
        }
    }
}
