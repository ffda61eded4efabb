import Foundation
import Testing
@testable import WaymarkKit

/// `CacheMemory` (what `serve` keeps between rebuilds) answers what an earlier
/// build of the process read or wrote without reading its pack, gives the same
/// build as the disk cache, keeps the disk index complete, and holds only what
/// the last build used.
struct CacheMemoryTests {
    @discardableResult
    private func build(_ project: URL, memory: CacheMemory?, channels: [String]? = nil) -> BuildResult {
        var options = BuildOptions(channels: channels)
        options.cache = BuildCache(projectRoot: project, memory: memory)
        return Compiler(options: options).build(ProjectFileReader.read(projectRoot: project))
    }

    private func files(_ result: BuildResult) -> [String: [String: Data]] {
        Dictionary(uniqueKeysWithValues: result.channels.map { channel in
            (channel.name, Dictionary(channel.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 }))
        })
    }

    @Test func answersFromMemoryWithTheSameBuild() throws {
        let project = try IncrementalBuildHarness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let memory = CacheMemory()
        let first = build(project, memory: memory)
        #expect(memory.count > 0)
        let listed = IncrementalBuildHarness.entries(project, namespace: "pages")
        // Damage every pack on disk: a build that read them would warn and render again.
        let pages = project.appendingPathComponent(BuildCache.folderName).appendingPathComponent("pages")
        for path in IncrementalBuildHarness.tree(pages).keys where path.hasSuffix(".pack") {
            let url = pages.appendingPathComponent(path)
            var bytes = try Data(contentsOf: url)
            for offset in stride(from: 0, to: bytes.count, by: 97) { bytes[offset] ^= 0xFF }
            try bytes.write(to: url)
        }
        let second = build(project, memory: memory)
        #expect(!second.diagnostics.contains { $0.ruleID == CacheCorruptRule.description.id })
        #expect(files(second) == files(first))
        #expect(second.diagnostics == first.diagnostics)
        // Every entry the memory answered is still listed, so `waymark build` finds it next.
        #expect(IncrementalBuildHarness.entries(project, namespace: "pages") == listed)
        // Without the memory the damaged packs are read, reported and rendered again, to the same output.
        let fromDisk = build(project, memory: nil)
        #expect(fromDisk.diagnostics.contains { $0.ruleID == CacheCorruptRule.description.id })
        #expect(files(fromDisk) == files(first))
    }

    @Test func keepsOnlyWhatTheLastBuildUsed() throws {
        let project = try IncrementalBuildHarness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let memory = CacheMemory()
        build(project, memory: memory, channels: ["web"])
        let oneChannel = memory.count
        #expect(oneChannel > 0)
        // An edited page: its old entries are not used by the next build and are dropped.
        let page = project.appendingPathComponent("Source-Content/online-road-safety/02-strong-passwords.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try (text + "\nOne more sentence about passwords.\n").write(to: page, atomically: true, encoding: .utf8)
        let edited = build(project, memory: memory, channels: ["web"])
        #expect(memory.count == oneChannel)
        let fresh = build(try IncrementalBuildHarness.freshCopy(of: project), memory: nil, channels: ["web"])
        #expect(files(edited) == files(fresh))
    }
}
