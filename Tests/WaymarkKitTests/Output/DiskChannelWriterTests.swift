import Foundation
import Testing
@testable import WaymarkKit

struct DiskChannelWriterTests {
    func temporaryBuildRoot() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wm-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func publishReplacesTheWholeChannel() throws {
        let root = try temporaryBuildRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = DiskChannelWriter(buildRoot: root)
        try writer.publish(channel: "web", files: [OutputFile(path: "a/index.html", text: "one"), OutputFile(path: "old.txt", text: "x")])
        try writer.publish(channel: "web", files: [OutputFile(path: "a/index.html", text: "two")])
        let channel = root.appendingPathComponent("web")
        #expect(try String(contentsOf: channel.appendingPathComponent("a/index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: channel.appendingPathComponent("old.txt").path), "files of the previous build must not linger")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        let bookkeeping = [DiskChannelWriter.backPrefix + "web", DiskChannelWriter.backPrefix + "web.state", DiskChannelWriter.publishedStatePrefix + "web.state"]
        #expect(leftovers.sorted() == bookkeeping.sorted(), "only the previous generation, kept as the back buffer, and the states of both")
    }

    /// A write that fails half-way (a file where a folder must go) leaves the previous channel exactly as it was.
    @Test func failedPublishLeavesPreviousChannelUntouched() throws {
        let root = try temporaryBuildRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = DiskChannelWriter(buildRoot: root)
        try writer.publish(channel: "web", files: [OutputFile(path: "index.html", text: "good")])
        let broken = [OutputFile(path: "a", text: "file"), OutputFile(path: "a/b.html", text: "needs a folder named a")]
        #expect(throws: (any Error).self) { try writer.publish(channel: "web", files: broken) }
        #expect(try String(contentsOf: root.appendingPathComponent("web/index.html"), encoding: .utf8) == "good")
        let entries = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !DiskChannelWriter.isBookkeeping($0) }
        #expect(entries == ["web"], "no staging folder may remain: \(entries)")
    }

    @Test func staleStagingFromAKilledRunIsRemoved() throws {
        let root = try temporaryBuildRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".staging-web-999"), withIntermediateDirectories: true)
        DiskChannelWriter(buildRoot: root).removeStaleStaging()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }
}
