import Foundation
import Testing
@testable import WaymarkKit

/// Issue 10: a streamed build writes each file into the channel's staging folder
/// as it renders, the manifest last, and swaps the channel in only on `publish`.
struct StreamedBuildTests {
    let manager = FileManager.default

    func buildRoot() throws -> URL {
        let url = manager.temporaryDirectory.appendingPathComponent("wm-stream-\(UUID().uuidString)")
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What reaches the disk is byte for byte what the in-memory build holds, manifest included.
    @Test func streamedOutputEqualsTheInMemoryBuild() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        let files = TestPaths.sampleProject
        let compiler = Compiler(options: BuildOptions(sourceRevision: "test"))
        let streamed = compiler.build(files, into: DiskChannelWriter(buildRoot: root))
        #expect(streamed.channels.allSatisfy { $0.files.isEmpty }, "a streamed build keeps no files in memory")
        let staged = try manager.contentsOfDirectory(atPath: root.path)
        #expect(staged.count == streamed.channels.count && staged.allSatisfy { $0.hasPrefix(".staging-") },
                "before publish only staging folders exist: \(staged)")
        for channel in streamed.channels { try channel.publish() }
        let memory = compiler.build(files)
        #expect(memory.channels.map(\.name) == streamed.channels.map(\.name))
        for channel in memory.channels {
            let onDisk = HardeningSupport.tree(root.appendingPathComponent(channel.name))
            let expected = Dictionary(channel.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
            #expect(onDisk.keys.sorted() == expected.keys.sorted(), "\(channel.name)")
            #expect(onDisk == expected, "\(channel.name) differs on disk")
            #expect(ChannelVerifier.verify(files: onDisk, publicKey: nil).isValid)
        }
        #expect(try manager.contentsOfDirectory(atPath: root.path).filter { !DiskChannelWriter.isBookkeeping($0) }.sorted() == memory.channels.map(\.name).sorted())
    }

    /// A project with errors renders for its diagnostics but stages nothing.
    @Test func failedProjectWritesNothing() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        let broken = ProjectFixture.files([RuleExample.pagePath: "---\ntitle: Start\n---\nSee [gone](missing.md).\n"])
        let result = Compiler().build(broken, into: DiskChannelWriter(buildRoot: root))
        #expect(result.channels.isEmpty)
        #expect(result.failedChannels == ["web"])
        #expect(try manager.contentsOfDirectory(atPath: root.path).isEmpty, "no staging folder may remain")
    }

    /// Discarding a staged channel (e.g. `--strict` with warnings) leaves the previous output as it was.
    @Test func discardKeepsThePreviousChannel() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        try DiskChannelWriter(buildRoot: root).publish(channel: "web", files: [OutputFile(path: "index.html", text: "previous")])
        let result = Compiler().build(ProjectFixture.files(), into: DiskChannelWriter(buildRoot: root))
        let web = try #require(result.channels.first)
        web.discard()
        #expect(try manager.contentsOfDirectory(atPath: root.path).filter { !DiskChannelWriter.isBookkeeping($0) } == ["web"])
        #expect(try String(contentsOf: root.appendingPathComponent("web/index.html"), encoding: .utf8) == "previous")
    }

    /// Removing a tree deletes a link inside it, never what the link points to.
    @Test func removingATreeKeepsWhatLinksPointTo() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        try HardeningSupport.write("keep", to: root.appendingPathComponent("elsewhere/file.txt"))
        try HardeningSupport.write("x", to: root.appendingPathComponent("tree/a/b/c.txt"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("tree/a/link").path, withDestinationPath: root.appendingPathComponent("elsewhere").path)
        FileTree.remove(root.appendingPathComponent("tree").path)
        #expect(!manager.fileExists(atPath: root.appendingPathComponent("tree").path))
        #expect(try String(contentsOf: root.appendingPathComponent("elsewhere/file.txt"), encoding: .utf8) == "keep")
    }
}
