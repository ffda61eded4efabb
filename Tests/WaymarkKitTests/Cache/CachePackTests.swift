import Foundation
import Testing
@testable import WaymarkKit

/// The packs and indexes of the cache: a damaged, misplaced or stale index and
/// a missing pack are `cache-corrupt` warnings, rebuilt, never trusted; a
/// killed build leaves nothing that is read; pruning keeps one build's entries
/// and deletes every pack no index names.
struct CachePackTests {
    typealias Harness = IncrementalBuildHarness
    static let rule = CacheCorruptRule.description.id

    /// A sample copy built once with the cache.
    private func builtProject() throws -> (project: URL, build: URL) {
        let project = try Harness.sampleCopy()
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        return (project, build)
    }

    private func folder(_ project: URL, _ namespace: String) -> URL {
        project.appendingPathComponent(BuildCache.folderName).appendingPathComponent(namespace)
    }

    /// Builds again and expects exactly the warnings at `paths`, a clean output, and a quiet build after.
    private func expectRebuilt(_ project: URL, _ build: URL, warningsAt paths: [String], _ message: String) throws {
        let rebuilt = try Harness.build(project, into: build, cached: true)
        let warnings = rebuilt.diagnostics.filter { $0.ruleID == Self.rule }
        #expect(warnings.map(\.location.path).sorted() == paths.sorted(), "\(warnings)")
        #expect(warnings.allSatisfy { $0.message.contains(message) }, "\(warnings)")
        try CacheVerificationTests().expectCleanOutput(project, rebuilt)
        let again = try Harness.build(project, into: build, cached: true)
        #expect(!again.diagnostics.contains { $0.ruleID == Self.rule })
    }

    @Test func damagedIndexIsReportedAndRebuilt() throws {
        let (project, build) = try builtProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let index = folder(project, "pages/web").appendingPathComponent(CacheIndex.fileName)
        var data = try Data(contentsOf: index)
        data[data.count - 3] ^= 0x01
        try data.write(to: index)
        try expectRebuilt(project, build, warningsAt: [".waymark-cache/pages/web/index"], "checksum")
    }

    @Test func indexOfAnotherNamespaceIsRefused() throws {
        let (project, build) = try builtProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let onion = folder(project, "pages/onion")
        try FileManager.default.removeItem(at: onion.appendingPathComponent(CacheIndex.fileName))
        try FileManager.default.copyItem(at: folder(project, "pages/web").appendingPathComponent(CacheIndex.fileName),
                                         to: onion.appendingPathComponent(CacheIndex.fileName))
        try expectRebuilt(project, build, warningsAt: [".waymark-cache/pages/onion/index"], "another key")
    }

    /// A stale index: it names a pack that is gone.
    @Test func missingPackIsReportedAndRebuilt() throws {
        let (project, build) = try builtProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let pack = try #require(CacheVerificationTests.stored(project, "qa").first).pack
        try FileManager.default.removeItem(at: pack)
        try expectRebuilt(project, build, warningsAt: [".waymark-cache/qa/\(pack.lastPathComponent)"], "is missing")
    }

    /// A stale index: its pack was cut short, so its entries point past the end.
    @Test func truncatedPackIsReportedPerEntry() throws {
        let (project, build) = try builtProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let entries = try CacheVerificationTests.stored(project, "pages/app")
        try FileHandle(forWritingTo: entries[0].pack).truncate(atOffset: 0)
        let path = ".waymark-cache/pages/app/\(entries[0].pack.lastPathComponent)"
        try expectRebuilt(project, build, warningsAt: Array(repeating: path, count: entries.count), "is not used")
    }

    /// No-change, then one-edit builds: the index lists one build's entries and every pack on disk is one it names.
    @Test func pruningKeepsOneBuild() throws {
        let (project, build) = try builtProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let keys = Harness.entries(project, namespace: "pages")
        // Leftovers of a killed build: a pack and a temporary index of a process that is gone.
        let web = folder(project, "pages/web")
        try Data("partial".utf8).write(to: web.appendingPathComponent("999999999-0badf00d.pack"))
        try Data("partial".utf8).write(to: web.appendingPathComponent("999999999-0badf00d.index-tmp"))
        try Harness.build(project, into: build, cached: true)
        #expect(Harness.entries(project, namespace: "pages") == keys)
        let page = project.appendingPathComponent("Source-Content/online-road-safety/03-kind-talk-online.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\nOne more kind sentence.\n").write(to: page, atomically: true, encoding: .utf8)
        try Harness.build(project, into: build, cached: true)
        // Exactly the entries a first build of the edited project stores.
        let fresh = try Harness.freshCopy(of: project)
        defer { try? FileManager.default.removeItem(at: fresh) }
        try Harness.build(fresh, into: fresh.appendingPathComponent("Build"), cached: true)
        let after = Harness.entries(project, namespace: "pages")
        #expect(after == Harness.entries(fresh, namespace: "pages") && after != keys)
        #expect(Harness.entries(project, namespace: "qa") == Harness.entries(fresh, namespace: "qa"))
        for namespace in ["pages/web", "pages/onion", "pages/app", "qa"] {
            let stored = try CacheVerificationTests.stored(project, namespace)
            let index = try CacheIndex.decode(Data(contentsOf: folder(project, namespace).appendingPathComponent(CacheIndex.fileName)), namespace: namespace)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder(project, namespace).path).filter { $0 != CacheIndex.fileName }
            #expect(Set(files) == index.packs, "\(namespace): \(files)")
            let live = index.entries.values.map(\.length).reduce(0, +)
            let size = try files.map { try FileManager.default.attributesOfItem(atPath: folder(project, namespace).appendingPathComponent($0).path)[.size] as? Int ?? 0 }.reduce(0, +)
            #expect(size * 3 <= live * 4, "\(namespace): \(size) bytes of packs for \(live) bytes of entries")
            #expect(!stored.isEmpty)
        }
    }

    /// A build killed while it appends to its pack: the next build reads no byte of it and warns of nothing.
    @Test func killedWhileWritingTheCacheLeavesNothingTrusted() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try WaymarkProcess.run(["build", "--project", project.path])
        #expect(first.status == 0, "\(first.stderr)")
        for point in ["cache-stored:3", "cache-stored:25"] {
            let page = project.appendingPathComponent("Source-Content/online-road-safety/03-kind-talk-online.md")
            try (try String(contentsOf: page, encoding: .utf8) + "\nTrial \(point).\n").write(to: page, atomically: true, encoding: .utf8)
            // So that the build stores many entries (QA of every catalog, every web page) before it is killed.
            for namespace in ["qa", "pages/web"] {
                try? FileManager.default.removeItem(at: folder(project, namespace))
            }
            let killed = try WaymarkProcess.run(["build", "--project", project.path], environment: [PublishTestHook.variable: point])
            #expect(killed.status != 0)
            let next = try WaymarkProcess.run(["build", "--project", project.path])
            #expect(next.status == 0 && !next.stderr.contains(Self.rule), "\(point): \(next.stderr)")
            let clean = try WaymarkProcess.run(["build", "--no-cache", "--project", project.path, "--output", project.appendingPathComponent("Clean").path])
            #expect(clean.status == 0)
            #expect(Harness.differences(Harness.tree(project.appendingPathComponent("Build")), Harness.tree(project.appendingPathComponent("Clean"))).isEmpty)
            let leftovers = Harness.tree(project.appendingPathComponent(BuildCache.folderName)).keys.filter { $0.hasSuffix(".index-tmp") }
            #expect(leftovers.isEmpty)
        }
    }
}
