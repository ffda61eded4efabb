import Foundation
import Testing
@testable import WaymarkKit

/// What parsing each catalog reports is cached under the catalog's bytes, so a rebuild
/// parses only the catalogs something reads: a broken catalog is still reported (and
/// still unusable) from the cache, and an edit parses that catalog again. Every build
/// here is compared with a clean one, files and diagnostics.
struct CachedCatalogParsesTests {
    typealias Harness = IncrementalBuildHarness

    static let broken = "Locales/es/online-road-safety/01-your-personal-information.po"

    @Test func parseDiagnosticsComeFromTheCacheAndAnEditParsesAgain() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        // An unterminated string (an error: the catalog is not usable) in one catalog.
        try Harness.append("\nmsgid \"Unfinished\nmsgstr \"\"\n", to: Self.broken, in: project)
        let first = try compare(project)
        #expect(first.contains { $0.ruleID == "po-syntax" && $0.location.path == Self.broken && $0.severity == .error })
        let entries = Harness.entries(project, namespace: CachedCatalogParses.namespace)
        let catalogs = try FileManager.default.subpathsOfDirectory(atPath: project.appendingPathComponent("Locales").path).filter { $0.hasSuffix(".po") }
        #expect(entries.count == catalogs.count)
        // Nothing changed: the same diagnostics, from the cache, and the same entries.
        #expect(try compare(project) == first)
        #expect(Harness.entries(project, namespace: CachedCatalogParses.namespace) == entries)
        // The broken catalog fixed: it is parsed again, reports nothing, and its translations publish.
        let path = project.appendingPathComponent(Self.broken)
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\nmsgid \"Unfinished\nmsgstr \"\"\n", with: "\n").write(to: path, atomically: true, encoding: .utf8)
        let fixed = try compare(project)
        #expect(!fixed.contains { $0.location.path == Self.broken })
        let replaced = Harness.entries(project, namespace: CachedCatalogParses.namespace)
        #expect(replaced.count == catalogs.count)
        #expect(replaced.subtracting(entries).count == 1)
    }

    /// The parse diagnostics of a cached build of `project`, which must equal a clean build's (files too).
    private func compare(_ project: URL) throws -> [Diagnostic] {
        try Harness.cachedBuildMatchingClean(project, comparingFiles: true).filter { $0.ruleID == "po-syntax" }
    }
}
