import Foundation
import Testing
@testable import WaymarkKit

/// The localization cache: a warm build takes every page in every locale from
/// it (nothing spliced or measured), what it answers equals what localizing
/// gives, a page's tree is spliced on demand to the same tree, and a damaged
/// entry is reported, localized again and replaced.
struct CachedLocalizationsTests {
    typealias Harness = IncrementalBuildHarness

    @Test func warmBuildLocalizesNoPage() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        try Harness.build(project, into: project.appendingPathComponent("Build"), cached: true)
        #expect(!Harness.entries(project, namespace: CachedLocalizations.namespace).isEmpty)

        let warm = try Self.analyze(project, cached: true)
        let fresh = try Self.analyze(project, cached: false)
        #expect(fresh.localized.strict.localizedCount > 0)
        #expect(warm.diagnostics == fresh.diagnostics)
        for (setting, project) in warm.localized.projects {
            #expect(project.localizedCount == 0, "publish-fuzzy \(setting): \(project.localizedCount) pages localized again")
            let uncached = try #require(fresh.localized.projects[setting])
            for (locale, expected) in zip(project.locales, uncached.locales) {
                #expect(locale.pages.count == expected.pages.count && !locale.pages.isEmpty)
                #expect(locale.fileSummaries == expected.fileSummaries)
                #expect(locale.summary == expected.summary)
                for (id, page) in locale.pages {
                    let other = try #require(expected.pages[id])
                    #expect(page.tree.isDeferred, "\(locale.tag) \(id) was spliced")
                    #expect(page.encode() == other.encode(), "\(locale.tag) \(id) differs from its localization")
                    #expect(page.readability == other.readability && page.hardestSentences == other.hardestSentences)
                    // Spliced on demand: the tree an uncached build gives.
                    #expect(page.body == other.body, "\(locale.tag) \(id): spliced tree differs")
                }
            }
        }
    }

    @Test func editedCatalogLocalizesOnlyItsPage() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        try Harness.build(project, into: project.appendingPathComponent("Build"), cached: true)
        let catalog = project.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        try text.replacingOccurrences(of: "msgstr \"Tu contraseña es una llave\"", with: "msgstr \"Tu contraseña es tu llave\"")
            .write(to: catalog, atomically: true, encoding: .utf8)
        let warm = try Self.analyze(project, cached: true)
        let spanish = try #require(warm.localized.strict.locales.first { $0.tag == "es" })
        let spliced = warm.localized.projects.values.flatMap(\.locales).flatMap { locale in
            locale.pages.values.filter { !$0.tree.isDeferred }.map { "\(locale.tag) \($0.page.id)" }
        }
        #expect(Set(spliced) == ["es online-road-safety/02-strong-passwords"], "\(spliced)")
        #expect(spanish.pages["online-road-safety/02-strong-passwords"]?.body.plainText.contains("Tu contraseña es tu llave") == true)
    }

    @Test func damagedEntryIsReportedAndRebuilt() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        // A localized page (the longest entry) and a channel's rendered-before marker (empty, the shortest).
        let entries = try CacheVerificationTests.stored(project, CachedLocalizations.namespace).sorted { $0.length < $1.length }
        try CacheVerificationTests.flipLastByte(try #require(entries.last))
        try CacheVerificationTests.flipLastByte(try #require(entries.first))
        // No page cache either: every tree is spliced, up front for the channel whose marker is damaged, on demand for the others.
        try FileManager.default.removeItem(at: project.appendingPathComponent(BuildCache.folderName).appendingPathComponent("pages"))

        let rebuilt = try Harness.build(project, into: build, cached: true)
        let warnings = rebuilt.diagnostics.filter { $0.ruleID == CacheVerificationTests.rule }
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.allSatisfy { $0.location.path.hasPrefix("\(BuildCache.folderName)/\(CachedLocalizations.namespace)/") })
        try CacheVerificationTests().expectCleanOutput(project, rebuilt)
        let again = try Harness.build(project, into: build, cached: true)
        #expect(!again.diagnostics.contains { $0.ruleID == CacheVerificationTests.rule })
    }

    /// The analysis `waymark build` runs on `project` (with its cache or without one).
    static func analyze(_ project: URL, cached: Bool) throws -> ProjectAnalysis.Checked {
        var options = BuildOptions()
        options.cache = cached ? BuildCache(projectRoot: project) : nil
        let files = ProjectFileReader.read(projectRoot: project)
        let context = options.cache.map { CacheContext(store: $0, files: files, options: options) }
        return try Compiler(options: options).analyze(files, cache: context)
    }
}
