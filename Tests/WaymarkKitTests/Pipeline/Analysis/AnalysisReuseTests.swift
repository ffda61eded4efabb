import Foundation
import Testing
@testable import WaymarkKit

/// `serve` hands each build the one before it (`AnalysisReuse`): a build that
/// reuses must equal a build from scratch, files, diagnostics and overlay
/// insights alike, whatever was edited, and it must actually skip the work
/// for what did not change.
@Suite("Reusing the previous build's analysis")
struct AnalysisReuseTests {
    typealias Harness = IncrementalBuildHarness

    /// A build of `files` in memory, as `serve` runs it (`locales`: the preview's selection).
    static func build(_ files: ProjectFiles, locales: [String]? = nil, reusing previous: AnalysisReuse?) -> BuildResult {
        var options = BuildOptions(locales: locales, keepFailedChannels: true)
        options.collectsPreviewInsights = true
        return Compiler(options: options).build(files, reusing: previous)
    }

    @Test("a seeded sequence of 30 edits, each rebuilt by reuse, builds like a build from scratch")
    func randomEditsReuseLikeAFreshBuild() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        var editor = ProjectEditor(root: project, seed: 811)
        // The preview switches locale now and then: reuse must hold across selections too.
        let selections: [[String]?] = [nil, nil, ["es"], nil, ["fi"]]
        var reuse: AnalysisReuse?
        for step in 0..<30 {
            try editor.edit()
            let files = ProjectFileReader.read(projectRoot: project)
            let locales = selections[step % selections.count]
            let reused = Self.build(files, locales: locales, reusing: reuse)
            let fresh = Self.build(files, locales: locales, reusing: nil)
            let edit = editor.log.last ?? ""
            #expect(reused.diagnostics == fresh.diagnostics, "diagnostics differ after \(edit)")
            #expect(reused.isConfigurationFailure == fresh.isConfigurationFailure, "after \(edit)")
            #expect(Self.files(reused) == Self.files(fresh), "files differ after \(edit)")
            #expect(reused.preview?.pages == fresh.preview?.pages, "overlay insights differ after \(edit)")
            reuse = reused.reuse ?? reuse
        }
        #expect(editor.log.filter { $0.hasSuffix("nothing to edit") }.count < 8, "\(editor.log)")
    }

    /// One edited page is parsed again (once to load, once per target locale), no other page is.
    @Test("after one page edit only that page is parsed and localized again")
    func onePageEditParsesOnlyThatPage() throws {
        let pageToken = ParseCountTests.token(), stringToken = ParseCountTests.token()
        var files = ParseCountTests.project(pageToken: pageToken, stringToken: stringToken)
        let first = Self.build(files, reusing: nil)
        #expect(first.reuse != nil)
        let path = "Source-Content/guide/02-page.md"
        files.files[path] = Data((String(decoding: files.files[path]!, as: UTF8.self) + "\nOne more sentence.\n").utf8)
        MarkdownParser.watchParses(containing: pageToken)
        let second = Self.build(files, reusing: first.reuse)
        // en loads it; es and fi localize it (the new sentence falls back to English).
        #expect(MarkdownParser.parses(containing: pageToken) == 3)
        let fresh = Self.build(files, reusing: nil)
        #expect(Self.files(second) == Self.files(fresh))
        #expect(second.diagnostics == fresh.diagnostics)
        // Nothing changed: nothing is parsed.
        MarkdownParser.watchParses(containing: pageToken)
        _ = Self.build(files, reusing: second.reuse)
        #expect(MarkdownParser.parses(containing: pageToken) == 0)
    }

    /// A changed setting every page depends on (here `waymark.yaml`) localizes every page again.
    @Test("a configuration edit reuses no localized page")
    func configurationEditLocalizesEverything() throws {
        let pageToken = ParseCountTests.token(), stringToken = ParseCountTests.token()
        var files = ParseCountTests.project(pageToken: pageToken, stringToken: stringToken)
        let first = Self.build(files, reusing: nil)
        files.files["waymark.yaml"] = Data("source-locale: en\nlocales: [en, es, fi]\nname: Renamed\n".utf8)
        MarkdownParser.watchParses(containing: pageToken)
        let second = Self.build(files, reusing: first.reuse)
        // Pages are reloaded from memory (unchanged bytes) but every target locale localizes again.
        #expect(MarkdownParser.parses(containing: pageToken) == ParseCountTests.pageCount * 2)
        #expect(Self.files(second) == Self.files(Self.build(files, reusing: nil)))
    }

    /// A broken `waymark.yaml` keeps the previous reuse, so fixing it is incremental again.
    @Test("a build that fails to load hands on the previous reuse")
    func brokenConfigurationKeepsPreviousReuse() throws {
        let pageToken = ParseCountTests.token(), stringToken = ParseCountTests.token()
        var files = ParseCountTests.project(pageToken: pageToken, stringToken: stringToken)
        let builder = PreviewBuilder(selection: PreviewSelection())
        let first = builder.build(files, reusing: nil)
        let good = files.files["waymark.yaml"]
        files.files["waymark.yaml"] = Data("locales: [en, es\n".utf8)
        let broken = builder.build(files, reusing: first.reuse)
        #expect(broken.build.isBroken)
        #expect(broken.reuse != nil)
        files.files["waymark.yaml"] = good
        MarkdownParser.watchParses(containing: pageToken)
        let fixed = builder.build(files, reusing: broken.reuse)
        #expect(MarkdownParser.parses(containing: pageToken) == 0)
        #expect(fixed.build.files == builder.build(files).files)
    }

    /// Page rules are taken from the previous build for unchanged pages, but a heading
    /// another page links to is part of what they read: renaming it must flag the
    /// unchanged linking page, and restoring it must clear the problem again.
    @Test("page rules of unchanged pages follow a renamed heading they link to")
    func pageRulesFollowHeadingsOfOtherPages() {
        let tips = "Source-Content/guide/02-tips.md"
        var files = ProjectFixture.files([
            RuleExample.pagePath: "---\ntitle: Start\n---\nRead [the tips](02-tips.md#keep-it-secret).\n",
            tips: "---\ntitle: Tips\n---\n## Keep it secret\n\nNever share it.\n",
        ])
        let first = Self.build(files, reusing: nil)
        #expect(!first.diagnostics.contains { $0.ruleID == BrokenLinkRule.description.id })
        let edits = [
            "---\ntitle: Tips\n---\n## Keep it secret\n\nNever share it with anyone.\n",  // text only: reused
            "---\ntitle: Tips\n---\n## Keep it private\n\nNever share it with anyone.\n",  // heading renamed
            "---\ntitle: Tips\n---\n## Keep it private\n\nNever share it.\n",  // text only, link still broken
            "---\ntitle: Tips\n---\n## Keep it secret\n\nNever share it.\n",  // heading back
        ]
        var reuse = first.reuse
        for (step, text) in edits.enumerated() {
            files.files[tips] = Data(text.utf8)
            let reused = Self.build(files, reusing: reuse)
            let fresh = Self.build(files, reusing: nil)
            #expect(reused.diagnostics == fresh.diagnostics, "step \(step)")
            #expect(reused.diagnostics.contains { $0.ruleID == BrokenLinkRule.description.id && $0.location.path == RuleExample.pagePath } == (step == 1 || step == 2),
                    "step \(step)")
            reuse = reused.reuse
        }
    }

    /// Every channel's files by path.
    static func files(_ result: BuildResult) -> [String: [String: Data]] {
        Dictionary(result.channels.map { ($0.name, Dictionary($0.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })) },
                   uniquingKeysWith: { $1 })
    }
}
