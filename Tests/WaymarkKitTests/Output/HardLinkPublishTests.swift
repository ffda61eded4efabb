import Foundation
import Testing
@testable import WaymarkKit

/// Publishing links the files the previous channel already holds byte for
/// byte instead of writing them, and never changes a file in place: a copy of
/// the old output made with hard links keeps its bytes, and a published file
/// edited in place since is written again, not linked.
struct HardLinkPublishTests {
    let manager = FileManager.default

    private func temporaryBuildRoot() throws -> URL {
        let url = manager.temporaryDirectory.appendingPathComponent("wm-links-\(UUID().uuidString)")
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Publishes `files` (texts by path) with their manifest, as a build does.
    private func publish(_ files: [String: String], into root: URL) throws {
        let outputs = files.map { OutputFile(path: $0.key, text: $0.value) }
        let manifest = Manifest(channel: "web", files: outputs, sourceRevision: nil, sourceDateEpoch: nil)
        try DiskChannelWriter(buildRoot: root).publish(channel: "web", files: outputs + [OutputFile(path: Manifest.fileName, contents: manifest.encoded())])
    }

    private func inode(_ url: URL) throws -> Int {
        try #require(manager.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    private func linkCount(_ url: URL) throws -> Int {
        try #require(manager.attributesOfItem(atPath: url.path)[.referenceCount] as? Int)
    }

    private func expectValid(_ channel: URL) {
        let report = ChannelVerifier.verify(files: HardeningSupport.tree(channel), publicKey: nil)
        #expect(report.isValid, "\(report.problems)")
    }

    @Test func unchangedFilesAreLinkedAndNoFileChangesInPlace() throws {
        let root = try temporaryBuildRoot()
        defer { try? manager.removeItem(at: root) }
        let web = root.appendingPathComponent("web")
        try publish(["a/index.html": "one", "b/index.html": "same", "gone.html": "x"], into: root)
        let (a, b) = (web.appendingPathComponent("a/index.html"), web.appendingPathComponent("b/index.html"))
        let (aInode, bInode) = (try inode(a), try inode(b))
        // A deploy copy made of hard links (`cp -al`) shares every inode with the output.
        let copy = root.appendingPathComponent("deployed")
        try manager.createDirectory(at: copy, withIntermediateDirectories: true)
        try manager.linkItem(at: a, to: copy.appendingPathComponent("a.html"))
        try manager.linkItem(at: b, to: copy.appendingPathComponent("b.html"))

        try publish(["a/index.html": "two", "b/index.html": "same"], into: root)
        #expect(try inode(b) == bInode, "an unchanged file is linked, not written")
        #expect(try linkCount(b) == 3, "shared by the channel, its back buffer (the previous generation) and the deploy copy")
        #expect(try inode(a) != aInode)
        #expect(try String(contentsOf: a, encoding: .utf8) == "two")
        #expect(try String(contentsOf: copy.appendingPathComponent("a.html"), encoding: .utf8) == "one", "the old file is never written into")
        #expect(!manager.fileExists(atPath: web.appendingPathComponent("gone.html").path))
        expectValid(web)
    }

    /// A published file edited in place (same size, so its manifest entry still fits) is read, found to differ and written again.
    @Test func aPublishedFileEditedInPlaceIsWrittenAgain() throws {
        let root = try temporaryBuildRoot()
        defer { try? manager.removeItem(at: root) }
        let web = root.appendingPathComponent("web")
        try publish(["page.html": "<p>safe</p>", "other.html": "<p>other</p>"], into: root)
        let page = web.appendingPathComponent("page.html")
        let handle = try FileHandle(forWritingTo: page)
        handle.write(Data("<p>SAFE</p>".utf8))
        try handle.close()
        let tampered = try inode(page)

        try publish(["page.html": "<p>safe</p>", "other.html": "<p>other</p>"], into: root)
        #expect(try String(contentsOf: page, encoding: .utf8) == "<p>safe</p>")
        #expect(try inode(page) != tampered)
        expectValid(web)
    }

    /// A manifest that lists a file the channel folder no longer has: written, not linked.
    @Test func aMissingPublishedFileIsWritten() throws {
        let root = try temporaryBuildRoot()
        defer { try? manager.removeItem(at: root) }
        try publish(["page.html": "text"], into: root)
        try manager.removeItem(at: root.appendingPathComponent("web/page.html"))
        try publish(["page.html": "text"], into: root)
        #expect(try String(contentsOf: root.appendingPathComponent("web/page.html"), encoding: .utf8) == "text")
        expectValid(root.appendingPathComponent("web"))
    }

    /// `writeFile` replaces a name, never the file behind it (which may be shared by a hard link).
    @Test func writingOverAHardLinkLeavesTheOtherName() throws {
        let root = try temporaryBuildRoot()
        defer { try? manager.removeItem(at: root) }
        let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
        try Data("old".utf8).write(to: first)
        try manager.linkItem(at: first, to: second)
        try FileTree.writeFile(first.path, Data("new".utf8))
        #expect(try String(contentsOf: first, encoding: .utf8) == "new")
        #expect(try String(contentsOf: second, encoding: .utf8) == "old")
    }
}
