import Foundation
import Testing
@testable import WaymarkKit

/// Issue 10: `--jobs N` changes how many threads work, never what is written.
/// The whole `Build/` tree (every channel, manifests included) of `--jobs 1`,
/// `--jobs 2` and `--jobs 4` must be byte-identical.
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIJobsTests {
    @Test func sampleProjectIsTheSameForEveryJobCount() throws {
        let root = try HardeningSupport.copySample()
        defer { try? FileManager.default.removeItem(at: root) }
        try expectSameOutput(root)
    }

    /// A generated corpus (`Benchmarks/generate-corpus.py`): 60 pages in 10 programs,
    /// Spanish fully translated (msgen), Finnish every other catalog.
    @Test(.enabled(if: ExternalTool.path("python3") != nil && ExternalTool.path("msgen") != nil, "needs python3 and gettext's msgen"))
    func generatedCorpusIsTheSameForEveryJobCount() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wm-jobs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let script = TestPaths.packageRoot.appendingPathComponent("Benchmarks/generate-corpus.py").path
        #expect(try ExternalTool.run(try #require(ExternalTool.path("python3")), [script, root.path, "60"]).status == 0)
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        let msgen = try #require(ExternalTool.path("msgen"))
        for (index, catalog) in HardeningSupport.catalogs(in: root.appendingPathComponent("Locales")).enumerated()
        where catalog.path.contains("/es/") || index % 2 == 0 {
            #expect(try ExternalTool.run(msgen, ["--no-wrap", "-o", catalog.path, catalog.path]).status == 0)
        }
        try expectSameOutput(root)
    }

    private func expectSameOutput(_ project: URL) throws {
        var trees: [Int: [String: Data]] = [:]
        for jobs in [1, 2, 4] {
            let output = project.appendingPathComponent("out-\(jobs)")
            // JSON diagnostics go to stdout, which is read first: the corpus has thousands of warnings.
            let build = try WaymarkProcess.run(["build", "--project", project.path, "--output", output.path, "--jobs", String(jobs), "--format", "json"])
            #expect(build.status == 0, "--jobs \(jobs): \(build.stderr)")
            // The published channels; the states beside them record inodes and times, not output.
            trees[jobs] = HardeningSupport.tree(output).filter { !DiskChannelWriter.isBookkeeping(String($0.key.prefix { $0 != "/" })) }
        }
        let serial = try #require(trees[1])
        #expect(serial.keys.contains { $0.hasSuffix("/manifest.json") })
        #expect(serial.count > 20, "\(serial.count) files")
        for jobs in [2, 4] {
            let parallel = try #require(trees[jobs])
            #expect(Set(parallel.keys) == Set(serial.keys), "--jobs \(jobs) writes other files")
            let differing = serial.keys.sorted().filter { parallel[$0] != serial[$0] }
            #expect(differing.isEmpty, "--jobs \(jobs) differs from --jobs 1 in \(differing.prefix(5))")
        }
    }

    @Test func jobsMustBePositive() throws {
        let outcome = try WaymarkProcess.run(["check", "--project", TestPaths.packageRoot.path, "--jobs", "0"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--jobs must be at least 1"), "\(outcome.stderr)")
    }
}
