import Foundation
import Testing
@testable import WaymarkKit

/// The incremental build is a clean build, byte for byte: after a seeded
/// random sequence of edits, additions, deletions and renames of pages,
/// catalogs, data files, UI strings, programs, images and `waymark.yaml`, the `Build/` tree and
/// the diagnostics of a build with the cache equal those of a build of a fresh
/// copy without one.
struct IncrementalBuildTests {
    typealias Harness = IncrementalBuildHarness

    @Test func randomEditsBuildLikeACleanBuild() throws {
        let project = try Harness.sampleCopy()
        let cleanBuild = project.appendingPathComponent("clean-Build")
        defer { try? FileManager.default.removeItem(at: project) }
        var editor = ProjectEditor(root: project, seed: 2026)
        try compare(project, cleanBuild: cleanBuild, after: "no edit")
        // 60 edits, compared every 5: 12 incremental builds, each against a clean one.
        for _ in 0..<12 {
            for _ in 0..<5 { try editor.edit() }
            try compare(project, cleanBuild: cleanBuild, after: editor.log.suffix(5).joined(separator: "; "))
        }
        #expect(editor.log.count == 60)
        // Every kind of input a page key is made of gets edited at least once.
        for kind in ["page body", "catalog", "data", "ui", "program", "config", "asset", "rename page"] {
            #expect(editor.log.contains { $0.contains(" \(kind): ") && !$0.hasSuffix("nothing to edit") }, "no \(kind) edit: \(editor.log)")
        }
        #expect(editor.log.filter { $0.hasSuffix("nothing to edit") }.count < 15, "most edits must change something: \(editor.log)")
    }

    /// A changed translation renders that page of that locale again, once per channel, and nothing else.
    @Test func oneCatalogEditRendersOnlyThatPage() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let before = Harness.entries(project, namespace: "pages")
        let catalog = project.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        try text.replacingOccurrences(of: "msgstr \"Tu contraseña es una llave\"", with: "msgstr \"Tu contraseña es tu llave\"")
            .write(to: catalog, atomically: true, encoding: .utf8)
        try Harness.build(project, into: build, cached: true)
        let rendered = Harness.entries(project, namespace: "pages").subtracting(before)
        #expect((1...3).contains(rendered.count), "re-rendered \(rendered.count) pages")
    }

    /// A source edit renders that page again in each locale of a `fallback: source` channel, and no other page.
    @Test func oneSourceEditRendersOnlyThatPage() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        let build = project.appendingPathComponent("Build")
        try Harness.build(project, into: build, cached: true)
        let before = Harness.entries(project, namespace: "pages/web")
        let page = project.appendingPathComponent("Source-Content/online-road-safety/03-kind-talk-online.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\nOne more kind sentence.\n").write(to: page, atomically: true, encoding: .utf8)
        try Harness.build(project, into: build, cached: true)
        let rendered = Harness.entries(project, namespace: "pages/web").subtracting(before)
        #expect((1...3).contains(rendered.count), "re-rendered \(rendered.count) web pages")
        #expect(!Harness.entries(project, namespace: "qa").isEmpty)
    }

    /// Builds `project` with its cache and a fresh copy without one; both `Build/` trees and diagnostics must match.
    private func compare(_ project: URL, cleanBuild: URL, after edits: String) throws {
        let incremental = try Harness.build(project, into: project.appendingPathComponent("Build"), cached: true)
        let fresh = try Harness.freshCopy(of: project)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let clean = try Harness.build(fresh, into: cleanBuild, cached: false)
        #expect(incremental.diagnostics == clean.diagnostics, "diagnostics differ after \(edits)")
        #expect(incremental.failedChannels == clean.failedChannels, "failed channels differ after \(edits)")
        let differences = Harness.differences(Harness.tree(project.appendingPathComponent("Build")), Harness.tree(cleanBuild))
        #expect(differences.isEmpty, "Build/ differs after \(edits): \(differences.prefix(5))")
    }
}
