import Foundation
import Testing
@testable import WaymarkKit

/// Each page's load (front matter, heading ids, units, load diagnostics) is cached under
/// its bytes, and its page-rule diagnostics under its bytes plus what page rules read of
/// the rest of the project, so a rebuild loads and checks only what changed and parses a
/// page's tree only when it reads it. Every build here is compared with a clean one,
/// files and diagnostics.
struct CachedPageLoadsTests {
    typealias Harness = IncrementalBuildHarness

    static let passwords = "Source-Content/online-road-safety/02-strong-passwords.md"
    static let welcome = "Source-Content/online-road-safety/01-your-personal-information.md"

    @Test func loadsAndPageRulesComeFromTheCacheAndAnEditLoadsThatPageAgain() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        // A link to a heading of another page that does not exist: a page-rule warning that reads another page.
        try Harness.append("\nSee [the list](02-strong-passwords.md#my-checklist).\n", to: Self.welcome, in: project)
        let first = try Harness.cachedBuildMatchingClean(project, comparingFiles: true)
        #expect(first.contains { $0.ruleID == "broken-link" && $0.location.path == Self.welcome })
        let pages = try Self.pagePaths(project)
        let loads = Harness.entries(project, namespace: CachedPageLoads.namespace)
        let rules = Harness.entries(project, namespace: CachedPageRules.namespace)
        #expect(loads.count == pages.count && rules.count == pages.count)

        // Nothing changed: the same diagnostics, from the caches, and the same entries.
        #expect(try Harness.cachedBuildMatchingClean(project, comparingFiles: true) == first)
        #expect(Harness.entries(project, namespace: CachedPageLoads.namespace) == loads)
        #expect(Harness.entries(project, namespace: CachedPageRules.namespace) == rules)

        // A new paragraph on one page: only that page is loaded and checked again.
        try Harness.append("\nA new line for this page.\n", to: Self.passwords, in: project)
        #expect(try Harness.cachedBuildMatchingClean(project, comparingFiles: true) == first)
        let reloaded = Harness.entries(project, namespace: CachedPageLoads.namespace)
        #expect(reloaded.count == pages.count && reloaded.subtracting(loads).count == 1)
        let rechecked = Harness.entries(project, namespace: CachedPageRules.namespace)
        #expect(rechecked.count == pages.count && rechecked.subtracting(rules).count == 1)

        // The heading the link names appears: its heading ids change, so every page is checked again.
        try Harness.append("\n## My checklist\n\nDone.\n", to: Self.passwords, in: project)
        let fixed = try Harness.cachedBuildMatchingClean(project, comparingFiles: true)
        #expect(!fixed.contains { $0.ruleID == "broken-link" && $0.location.path == Self.welcome })
        let afterHeading = Harness.entries(project, namespace: CachedPageRules.namespace)
        #expect(afterHeading.count == pages.count && afterHeading.isDisjoint(with: rechecked))
    }

    /// A page that does not load (broken front matter) is cached with its diagnostics, and
    /// reported the same from the cache.
    @Test func aPageThatDoesNotLoadIsReportedFromTheCache() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let url = project.appendingPathComponent(Self.passwords)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "title:", with: "titel:").write(to: url, atomically: true, encoding: .utf8)
        let first = try Harness.cachedBuildMatchingClean(project, comparingFiles: true)
        #expect(first.contains { $0.ruleID == "front-matter" && $0.location.path == Self.passwords && $0.severity == .error })
        #expect(try Harness.cachedBuildMatchingClean(project, comparingFiles: true) == first)
    }

    /// What the cache keeps of a page gives back the page and units loading it gives, and the
    /// page's tree, parsed at its first read, is the tree loading parses.
    @Test func aStoredLoadDecodesToTheLoadedPage() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let files = ProjectFileReader.read(projectRoot: project)
        let extractor = SourceUnitExtractor(project: try ProjectAnalysis.load(files).project)
        let paths = files.paths(under: ContentLoader.contentFolder).filter { $0.hasSuffix(".md") && !$0.contains("/_") }
        try #require(paths.count >= 10)
        for path in paths {
            let program = path.split(separator: "/")[1]
            var diagnostics: [Diagnostic] = []
            let page = try #require(PageLoader.load(path: path, program: String(program), files: files, diagnostics: &diagnostics))
            let extracted = extractor.pageUnits(page)
            let stored = CachedPageLoads.encode(ContentLoader.PageLoad(page: page, diagnostics: diagnostics), units: extracted)
            let decoded = try CachedPageLoads.decode(stored, path: path, program: String(program), files: files)
            let again = try #require(decoded.page)
            #expect(again.id == page.id && again.frontMatter == page.frontMatter && again.body == page.body)
            #expect(again.headingIDs == page.headingIDs)
            #expect(again.document == page.document)
            let reunits = try #require(decoded.units)
            #expect(reunits.units == extracted.units && reunits.segments == extracted.segments)
            #expect(reunits.catalogName == extracted.catalogName && reunits.isTranslatable == extracted.isTranslatable)
            #expect(decoded.diagnostics == diagnostics)
        }
    }

    /// A damaged page-load or page-rule entry is a `cache-corrupt` warning, the page is loaded
    /// and checked again, and the build still equals a clean one.
    @Test func aDamagedEntryIsReportedAndRebuilt() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        for namespace in [CachedPageLoads.namespace, CachedPageRules.namespace] {
            try CacheVerificationTests.flipLastByte(try #require(CacheVerificationTests.stored(project, namespace).first))
        }
        let rebuilt = try Harness.build(project, into: build, cached: true)
        let warnings = rebuilt.diagnostics.filter { $0.ruleID == CacheVerificationTests.rule }
        #expect(warnings.count == 2, "\(warnings)")
        try CacheVerificationTests().expectCleanOutput(project, rebuilt)
        let again = try Harness.build(project, into: build, cached: true)
        #expect(!again.diagnostics.contains { $0.ruleID == CacheVerificationTests.rule })
    }

    /// The `.md` pages of `project`'s programs.
    static func pagePaths(_ project: URL) throws -> [String] {
        let content = project.appendingPathComponent(ContentLoader.contentFolder)
        return try FileManager.default.subpathsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") }
    }
}
