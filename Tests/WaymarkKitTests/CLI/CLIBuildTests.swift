import Foundation
import Testing
@testable import WaymarkKit

@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIBuildTests {
    /// Issue 3: a build that fails half-way (an error injected in the last page)
    /// leaves the previous Build/<channel> byte for byte as it was.
    @Test func failedBuildLeavesPreviousOutputUntouched() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles.merging(CompilerTests.twoPages) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = root.appendingPathComponent("Build/web/manifest.json")
        let before = try Data(contentsOf: manifest)

        try Data("---\ntitle: Next\n---\nNow [broken](09-gone.md).\n".utf8).write(to: root.appendingPathComponent("Source-Content/guide/02-next.md"))
        let second = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("02-next.md:4:5: error: link target '09-gone.md' is not a page of this project [broken-link]"))
        #expect(try Data(contentsOf: manifest) == before)
        let report = ChannelVerifier.verify(files: try Self.readFolder(root.appendingPathComponent("Build/web")), publicKey: nil)
        #expect(report.isValid, "the old channel is still complete: \(report.problems)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Build").path).filter { $0.hasPrefix(".") && !DiskChannelWriter.isBookkeeping($0) }
        #expect(leftovers.isEmpty)
    }

    @Test func signAndVerifyRoundTrip() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        defer { try? FileManager.default.removeItem(at: root) }
        let key = root.appendingPathComponent("signing.key").path
        #expect(try WaymarkProcess.run(["keygen", key]).status == 0)
        let build = try WaymarkProcess.run(["build", "--project", root.path, "--sign", key])
        #expect(build.status == 0, "\(build.stderr)")
        let channel = root.appendingPathComponent("Build/web").path
        let verify = try WaymarkProcess.run(["verify", channel, "--public-key", key + ".pub"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("(signed)"))
        try Data("tampered".utf8).write(to: root.appendingPathComponent("Build/web/waymark.css"))
        let tampered = try WaymarkProcess.run(["verify", channel])
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("changed: waymark.css"))
    }

    @Test func versionAndHelpGoToStandardOutput() throws {
        let version = try WaymarkProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == WaymarkVersion.current + "\n")
        let help = try WaymarkProcess.run(["help", "build"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--sign"))
    }

    @Test func rulesListsEveryRule() throws {
        let outcome = try WaymarkProcess.run(["rules"])
        #expect(outcome.status == 0)
        for rule in RuleRegistry.descriptions {
            #expect(outcome.stdout.contains("\(rule.id) (\(rule.defaultSeverity.rawValue)"))
        }
    }

    static func readFolder(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}
