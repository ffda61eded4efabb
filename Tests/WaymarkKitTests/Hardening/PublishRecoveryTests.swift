import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, item 8: what a killed build leaves behind. The last good output
/// is never deleted, and a folder of a build that still runs is never touched.
struct PublishRecoveryTests {
    let manager = FileManager.default

    func buildRoot() throws -> URL {
        let url = manager.temporaryDirectory.appendingPathComponent("wm-recover-\(UUID().uuidString)")
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A kill between the two renames of the portable swap left no `Build/web`;
    /// before the fix the next build deleted `.previous-*`, the only good copy.
    @Test func previousOutputIsPutBackNotDeleted() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        let previous = root.appendingPathComponent(".previous-web.999999.deadbeef")
        try HardeningSupport.write("good", to: previous.appendingPathComponent("index.html"))
        DiskChannelWriter(buildRoot: root).removeStaleStaging()
        #expect(try String(contentsOf: root.appendingPathComponent("web/index.html"), encoding: .utf8) == "good")
        #expect(try manager.contentsOfDirectory(atPath: root.path) == ["web"])
    }

    @Test func stagingOfARunningBuildIsLeftAlone() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        let staging = root.appendingPathComponent(".staging-web.\(sleeper.processIdentifier).cafe0001")
        try HardeningSupport.write("in progress", to: staging.appendingPathComponent("index.html"))
        DiskChannelWriter(buildRoot: root).removeStaleStaging()
        #expect(manager.fileExists(atPath: staging.path), "another live build's staging folder must stay")
        sleeper.terminate()
        sleeper.waitUntilExit()
        DiskChannelWriter(buildRoot: root).removeStaleStaging()
        #expect(!manager.fileExists(atPath: staging.path), "once its build is gone it is stale")
    }

    /// The exchange keeps both names at every instant: after a swap the old
    /// output sits under the staging name until it is deleted.
    @Test func exchangeSwapsTwoFolders() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        try HardeningSupport.write("old", to: root.appendingPathComponent("web/index.html"))
        try HardeningSupport.write("new", to: root.appendingPathComponent("staging/index.html"))
        #expect(ChannelSwap.exchange(root.appendingPathComponent("staging").path, root.appendingPathComponent("web").path))
        #expect(try String(contentsOf: root.appendingPathComponent("web/index.html"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: root.appendingPathComponent("staging/index.html"), encoding: .utf8) == "old")
    }

    /// A channel folder that is a symbolic link is replaced; what it pointed to is not deleted.
    @Test func removingALinkedChannelNeverDeletesItsTarget() throws {
        let root = try buildRoot()
        defer { try? manager.removeItem(at: root) }
        let elsewhere = try buildRoot()
        defer { try? manager.removeItem(at: elsewhere) }
        try HardeningSupport.write("keep me", to: elsewhere.appendingPathComponent("index.html"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("web").path, withDestinationPath: elsewhere.path)
        try DiskChannelWriter(buildRoot: root).publish(channel: "web", files: [OutputFile(path: "index.html", text: "new")])
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: root.appendingPathComponent("web/index.html"), encoding: .utf8) == "new")
    }
}
