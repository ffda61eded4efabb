import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, items 1 and 4: reader and writers share one resolver. Links that
/// stay inside the project are followed on both sides; links out of it are
/// refused on both sides, with a diagnostic naming the link.
@Suite(.serialized) struct SymlinkPolicyTests {
    let manager = FileManager.default

    /// Item 1: `Locales/fi` linked to a folder inside the project. Before the
    /// fix the reader skipped it and sync overwrote all 171 Finnish translations.
    @Test func syncThroughALinkedLocaleFolderKeepsEveryTranslation() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let before = try HardeningSupport.translations(in: root.appendingPathComponent("Locales/fi"))
        #expect(before.values.map(\.count).reduce(0, +) > 100)
        try manager.createDirectory(at: root.appendingPathComponent("translations"), withIntermediateDirectories: true)
        try manager.moveItem(at: root.appendingPathComponent("Locales/fi"), to: root.appendingPathComponent("translations/fi"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("Locales/fi").path, withDestinationPath: "../translations/fi")
        let snapshot = ProjectFileReader.read(projectRoot: root)
        #expect(snapshot.files.keys.contains { $0.hasPrefix("Locales/fi/") }, "the linked folder must be read")
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        let after = try HardeningSupport.translations(in: root.appendingPathComponent("translations/fi"))
        #expect(after == before)
        #expect((try? manager.destinationOfSymbolicLink(atPath: root.appendingPathComponent("Locales/fi").path)) == "../translations/fi", "the link itself stays")
    }

    /// Item 4: an asset linked to a file outside the project is an error and is published nowhere.
    @Test func assetLinkedOutsideIsRefusedAndNeverPublished() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let secret = root.deletingLastPathComponent().appendingPathComponent("wm-secret-\(UUID().uuidString).svg")
        try HardeningSupport.write("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- SECRET-OUTSIDE --></svg>", to: secret)
        defer { try? manager.removeItem(at: secret) }
        let link = "Source-Content/_assets/passwd.svg"
        try manager.createSymbolicLink(atPath: root.appendingPathComponent(link).path, withDestinationPath: secret.path)
        let snapshot = ProjectFileReader.read(projectRoot: root)
        #expect(snapshot.files[link] == nil)
        #expect(snapshot.refusedLinks[link]?.contains(secret.path) == true)
        let build = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("\(link):1:1: error:") && build.stderr.contains("[unsafe-path]"), "\(build.stderr)")
        for (path, data) in HardeningSupport.tree(root.appendingPathComponent("Build")) {
            #expect(!String(decoding: data, as: UTF8.self).contains("SECRET-OUTSIDE"), "\(path) carries the outside file")
        }
    }

    /// Item 4: pages, data and catalogs linked outside are refused the same way.
    @Test func pageDataAndCatalogLinksOutsideAreRefused() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let outside = root.deletingLastPathComponent().appendingPathComponent("wm-outside-\(UUID().uuidString)")
        try HardeningSupport.write("---\ntitle: Outside\n---\nOUTSIDE-PAGE\n", to: outside.appendingPathComponent("page.md"))
        try HardeningSupport.write("- name: OUTSIDE-DATA\n", to: outside.appendingPathComponent("data.yaml"))
        try HardeningSupport.write("msgid \"\"\nmsgstr \"\"\n", to: outside.appendingPathComponent("cat.po"))
        defer { try? manager.removeItem(at: outside) }
        let links = [
            "Source-Content/online-road-safety/99-outside.md": "page.md",
            "Source-Content/_data/outside.yaml": "data.yaml",
            "Locales/es/_ui.po": "cat.po",
        ]
        let spanishUI = try Data(contentsOf: root.appendingPathComponent("Locales/es/_ui.po"))
        for (link, target) in links {
            try? manager.removeItem(at: root.appendingPathComponent(link))
            try manager.createSymbolicLink(atPath: root.appendingPathComponent(link).path, withDestinationPath: outside.appendingPathComponent(target).path)
        }
        let snapshot = ProjectFileReader.read(projectRoot: root)
        #expect(Set(snapshot.refusedLinks.keys) == Set(links.keys))
        let check = Compiler().check(snapshot)
        #expect(Set(check.diagnostics.filter { $0.ruleID == "unsafe-path" }.map(\.location.path)) == Set(links.keys))
        // The writer refuses the same link the reader refused: nothing outside is written.
        #expect(throws: ProjectFileWriter.Failure.self) {
            try ProjectFileWriter.writeAll([("Locales/es/_ui.po", spanishUI)], projectRoot: root)
        }
        #expect(try String(contentsOf: outside.appendingPathComponent("cat.po"), encoding: .utf8) == "msgid \"\"\nmsgstr \"\"\n")
    }

    /// A locale folder linked out of the project: sync reports it and writes nothing there.
    @Test func syncNeverWritesThroughALinkOutOfTheProject() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let outside = root.deletingLastPathComponent().appendingPathComponent("wm-fi-\(UUID().uuidString)")
        try manager.moveItem(at: root.appendingPathComponent("Locales/fi"), to: outside)
        defer { try? manager.removeItem(at: outside) }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("Locales/fi").path, withDestinationPath: outside.path)
        let before = HardeningSupport.tree(outside)
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(sync.status != 0)
        #expect(sync.stderr.contains("Locales/fi") && sync.stderr.contains("outside the project"), "\(sync.stderr)")
        #expect(HardeningSupport.tree(outside) == before)
    }

    /// Loops and special files are refused instead of walked forever or read (a FIFO would block).
    @Test func loopsAndSpecialFilesAreRefused() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("Source-Content/_data/loop").path, withDestinationPath: "..")
        let fifo = root.appendingPathComponent("Source-Content/_data/pipe.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let snapshot = ProjectFileReader.read(projectRoot: root)
        #expect(snapshot.refusedLinks["Source-Content/_data/loop"]?.contains("loop") == true)
        #expect(snapshot.refusedLinks["Source-Content/_data/pipe.yaml"]?.contains("regular file") == true)
    }

    /// `Build` linked out of the project is not written through; `--output` still can be.
    @Test func buildFolderLinkedOutsideIsRefused() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let outside = root.deletingLastPathComponent().appendingPathComponent("wm-build-\(UUID().uuidString)")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: outside) }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("Build").path, withDestinationPath: outside.path)
        let build = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(build.status == 2, "\(build.stderr)")
        #expect(try manager.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
