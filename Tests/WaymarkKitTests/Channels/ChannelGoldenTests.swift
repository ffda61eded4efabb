import Foundation
import Testing
@testable import WaymarkKit

/// Whole-channel reference output for the fixture site. Regenerate after an intended
/// change with `WAYMARK_REGENERATE_GOLDEN=1 swift test --filter ChannelGoldenTests`
/// and review the diff under `Fixtures/Channels/golden/`.
struct ChannelGoldenTests {
    @Test(arguments: ["web", "tor", "json"])
    func channelMatchesGoldenFiles(name: String) throws {
        let channel = ["web": ChannelFixture.web, "tor": ChannelFixture.tor][name] ?? ChannelFixture.json
        let files = ChannelFixture.site(channel).render().files
        let root = ChannelsTestPaths.fixtures.appendingPathComponent("golden/\(name)")
        let manager = FileManager.default
        if ProcessInfo.processInfo.environment["WAYMARK_REGENERATE_GOLDEN"] == "1" {
            try? manager.removeItem(at: root)
            for file in files {
                let url = root.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            return
        }
        let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        let golden = (enumerator?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
            .map { String($0.resolvingSymlinksInPath().path.dropFirst(root.resolvingSymlinksInPath().path.count + 1)) }
        #expect(Set(golden) == Set(files.map(\.path)), "file list of \(name) differs from golden")
        for file in files {
            let expected = try? Data(contentsOf: root.appendingPathComponent(file.path))
            #expect(expected == file.contents, "\(name)/\(file.path) differs from golden")
        }
    }
}
