import Foundation
import Testing
@testable import WaymarkKit

/// The cache is verified, never trusted: a truncated entry, a flipped byte, an
/// entry of another Waymark version and a foreign cache marker are each
/// reported as `cache-corrupt`, rebuilt, and the output still equals a clean build.
struct CacheVerificationTests {
    typealias Harness = IncrementalBuildHarness
    static let rule = CacheCorruptRule.description.id

    @Test func damagedEntriesAreReportedAndRebuilt() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let cache = project.appendingPathComponent(BuildCache.folderName)
        let pages = Harness.tree(cache.appendingPathComponent("pages")).keys.sorted().map { cache.appendingPathComponent("pages/\($0)") }
        let qa = Harness.tree(cache.appendingPathComponent("qa")).keys.sorted().map { cache.appendingPathComponent("qa/\($0)") }
        try #require(pages.count >= 3 && !qa.isEmpty)
        // Truncated, one flipped payload byte, another version's header, and a flipped QA entry.
        let truncated = try Data(contentsOf: pages[0])
        try truncated.prefix(truncated.count / 2).write(to: pages[0])
        try flipLastByte(pages[1])
        let foreign = try String(decoding: Data(contentsOf: pages[2]), as: UTF8.self)
            .replacingOccurrences(of: "\n\(WaymarkVersion.current)\n", with: "\n9.9.9\n")
        try Data(foreign.utf8).write(to: pages[2])
        try flipLastByte(qa[0])

        let rebuilt = try Harness.build(project, into: build, cached: true)
        let warnings = rebuilt.diagnostics.filter { $0.ruleID == Self.rule }
        #expect(warnings.count == 4, "\(warnings)")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.path.hasPrefix(BuildCache.folderName + "/") })
        #expect(warnings.contains { $0.message.contains("9.9.9") })
        try expectCleanOutput(project, rebuilt)
        // Rebuilt entries are good again.
        let again = try Harness.build(project, into: build, cached: true)
        #expect(!again.diagnostics.contains { $0.ruleID == Self.rule })
    }

    @Test func foreignCacheIsIgnoredWithAWarning() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let marker = project.appendingPathComponent(RuleExample.cacheMarkerPath)
        try Data("{\"format\": \"WAYMARK-CACHE 0\", \"version\": \"0.0.1\"}\n".utf8).write(to: marker)
        let rebuilt = try Harness.build(project, into: build, cached: true)
        let warnings = rebuilt.diagnostics.filter { $0.ruleID == Self.rule }
        #expect(warnings.map(\.location.path) == [RuleExample.cacheMarkerPath])
        #expect(try Data(contentsOf: marker) == Data(BuildCache.markerText.utf8))
        try expectCleanOutput(project, rebuilt)
    }

    @Test func entriesRoundTripAndRefuseDamage() throws {
        var print = Fingerprint()
        print.add("page")
        let key = print.key()
        let payload = Data("<p>hello</p>".utf8)
        let entry = CacheEntry.encode(payload, key: key)
        #expect(try CacheEntry.decode(entry, key: key) == payload)
        var other = Fingerprint()
        other.add("other")
        #expect(throws: CacheEntry.Problem.wrongKey) { try CacheEntry.decode(entry, key: other.key()) }
        #expect(throws: CacheEntry.Problem.length) { try CacheEntry.decode(entry.dropLast(), key: key) }
        var flipped = entry
        flipped[flipped.count - 1] ^= 0x01
        #expect(throws: CacheEntry.Problem.checksum) { try CacheEntry.decode(flipped, key: key) }
        #expect(throws: CacheEntry.Problem.header) { try CacheEntry.decode(Data("garbage".utf8), key: key) }
    }

    @Test func fieldBoundariesChangeTheKey() {
        var joined = Fingerprint()
        joined.add("ab"); joined.add("c")
        var split = Fingerprint()
        split.add("a"); split.add("bc")
        #expect(joined.key() != split.key())
    }

    private func flipLastByte(_ url: URL) throws {
        var data = try Data(contentsOf: url)
        data[data.count - 1] ^= 0x20
        try data.write(to: url)
    }

    /// The build's output and its diagnostics (other than `cache-corrupt`) equal a clean build of a fresh copy.
    private func expectCleanOutput(_ project: URL, _ result: BuildResult) throws {
        let fresh = try Harness.freshCopy(of: project)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let clean = try Harness.build(fresh, into: fresh.appendingPathComponent("Build"), cached: false)
        #expect(result.diagnostics.filter { $0.ruleID != Self.rule } == clean.diagnostics)
        #expect(Harness.differences(Harness.tree(project.appendingPathComponent("Build")), Harness.tree(fresh.appendingPathComponent("Build"))).isEmpty)
    }
}

/// Cached diagnostics come back with every field: those of an edited sample project, plus ranges, related places and fixes.
struct DiagnosticCodingTests {
    @Test func sampleDiagnosticsRoundTrip() throws {
        let project = try IncrementalBuildHarness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        var editor = ProjectEditor(root: project, seed: 7)
        for _ in 0..<12 { try editor.edit() }
        var diagnostics = Compiler().check(ProjectFileReader.read(projectRoot: project)).diagnostics
        let at = WaymarkKit.SourceLocation(path: "Locales/es/a.po", line: 12, column: 3)
        let end = WaymarkKit.SourceLocation(path: "Locales/es/a.po", line: 12, column: 9)
        diagnostics.append(Diagnostic(.error, "naïve \"quoted\" ✓", at: at, rule: "x", notes: ["one", ""],
                                      related: [RelatedLocation("there", at: end)], range: at..<end,
                                      suggestions: [Suggestion("did you mean 'name'?", replacements: [Replacement(at..<end, with: "name", expecting: "nmae")], isSafe: true)]))
        #expect(diagnostics.count > 1)
        #expect(try DiagnosticCoding.decode(DiagnosticCoding.encode(diagnostics)) == diagnostics)
        #expect(throws: CacheReader.Malformed.self) { try DiagnosticCoding.decode(DiagnosticCoding.encode(diagnostics).dropLast()) }
    }
}
