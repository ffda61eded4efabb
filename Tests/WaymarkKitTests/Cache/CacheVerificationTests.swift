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
        let pages = try Self.stored(project, "pages/web"), qa = try Self.stored(project, "qa")
        try #require(pages.count >= 3 && !qa.isEmpty)
        // The last entry of a pack truncated, one flipped payload byte, another version's header, and a flipped QA entry.
        let truncated = try #require(pages.last)
        try FileHandle(forWritingTo: truncated.pack).truncate(atOffset: UInt64(truncated.offset + truncated.length / 2))
        try Self.flipLastByte(pages[0])
        var foreign = try Self.record(pages[1])
        let version = Data("\n\(WaymarkVersion.current)\n".utf8)
        foreign.replaceSubrange(try #require(foreign.range(of: version)), with: Data("\n9.9.9\n".utf8))
        try Self.overwrite(pages[1], with: foreign)
        try Self.flipLastByte(qa[0])

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

    /// A page answered by the cache is emitted with the digest its entry carries (`CachedFile`):
    /// the manifest of a build from a warm cache still lists every file's own SHA-256, and
    /// equals the manifest of the build that filled the cache.
    @Test func cachedPagesCarryTheirFilesDigest() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let first = Harness.tree(build)
        let again = try Harness.build(project, into: build, cached: true)
        #expect(!again.diagnostics.contains { $0.ruleID == Self.rule })
        #expect(Harness.differences(first, Harness.tree(build)).isEmpty)
        for channel in try FileManager.default.contentsOfDirectory(atPath: build.path) where !channel.hasPrefix(".") {
            let prefix = channel + "/"
            let files = Dictionary(uniqueKeysWithValues: Harness.tree(build).compactMap { path, data in
                path.hasPrefix(prefix) ? (String(path.dropFirst(prefix.count)), data) : nil
            })
            let report = ChannelVerifier.verify(files: files, publicKey: nil)
            #expect(report.isValid, "\(channel): \(report.problems)")
        }

        let file = CachedFile(contents: Data("<p>héllo</p>\n".utf8), note: "1234")
        #expect(file.sha256 == Manifest.sha256Hex(file.contents))
        let payload = Data("xx".utf8) + Data("\(file.sha256)\n1234\n".utf8) + file.contents
        let read = try #require(CachedFile(payload: payload.dropFirst(2)))
        #expect(read.contents == file.contents && read.contents.startIndex == 0)
        #expect(read.sha256 == file.sha256 && read.note == "1234")
        #expect(CachedFile(payload: Data("short\n\n".utf8)) == nil)
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

    /// Where one stored entry lies: its pack file and range.
    struct Stored {
        var pack: URL
        var offset: Int
        var length: Int
    }

    /// The entries of `namespace`'s index, in pack order (the last one ends its pack).
    static func stored(_ project: URL, _ namespace: String) throws -> [Stored] {
        let folder = project.appendingPathComponent(BuildCache.folderName).appendingPathComponent(namespace)
        let index = try CacheIndex.decode(Data(contentsOf: folder.appendingPathComponent(CacheIndex.fileName)), namespace: namespace)
        let locations = index.entries.values.sorted { ($0.pack, $0.offset) < ($1.pack, $1.offset) }
        let lastPack = try #require(locations.last?.pack)
        return locations.filter { $0.pack == lastPack }.map { Stored(pack: folder.appendingPathComponent($0.pack), offset: $0.offset, length: $0.length) }
    }

    static func record(_ entry: Stored) throws -> Data {
        Data(try Data(contentsOf: entry.pack)[entry.offset..<entry.offset + entry.length])
    }

    /// Writes `bytes` over the entry's range (the pack is changed in place, as a disk fault would).
    static func overwrite(_ entry: Stored, with bytes: Data) throws {
        let handle = try FileHandle(forWritingTo: entry.pack)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(entry.offset))
        handle.write(bytes)
    }

    static func flipLastByte(_ entry: Stored) throws {
        var bytes = try record(entry)
        bytes[bytes.endIndex - 1] ^= 0x20
        try overwrite(entry, with: bytes)
    }

    /// The build's output and its diagnostics (other than `cache-corrupt`) equal a clean build of a fresh copy.
    func expectCleanOutput(_ project: URL, _ result: BuildResult) throws {
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
