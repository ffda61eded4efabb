import Foundation
import Testing
@testable import WaymarkKit

/// Issue 13: a compendium made with `msgcat` from another project's catalogs
/// gives `waymark sync --memory` the same fills as `msgmerge -C` on the same
/// input, compared against Debian's gettext. Two differences are by design
/// (SPEC §5.4) and accounted for: Waymark marks every fill fuzzy (msgmerge
/// takes exact compendium matches as translated), and its near-match bound is
/// 0.8 where msgmerge's is 0.6, so msgmerge's fills below 0.8 must be left empty.
struct MemoryMsgmergeAgreementTests {
    /// Two catalogs of "another project", as gettext would have them.
    static let otherProject = [
        "a.po": """
            msgid ""
            msgstr ""
            "Language: es\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgid "Ask a trusted adult for help."
            msgstr "Pide ayuda a un adulto de confianza."

            msgid "Never share your password with anyone."
            msgstr "Nunca compartas tu contraseña con nadie."

            msgid "Take a break from your phone."
            msgstr "Tómate un descanso del teléfono."

            """,
        "b.po": """
            msgid ""
            msgstr ""
            "Language: es\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgid "Block and report anyone who makes you feel unsafe."
            msgstr "Bloquea y denuncia a quien te haga sentir inseguro."

            msgid "You are not alone."
            msgstr "No estás solo."

            msgid "Talk to someone you trust today."
            msgstr "Habla hoy con alguien de confianza."

            """,
    ]

    /// The page to sync: exact matches, near matches (>= 0.8), matches only msgmerge takes (0.6-0.8), and new text.
    static let page = """
        ---
        title: Staying safe
        ---
        Ask a trusted adult for help.

        Never share your passwords with anyone.

        Block and report anyone who makes you unsafe.

        You are never alone.

        Talk to a person you trust.

        Turn off location sharing.

        """

    @Test func compendiumFillsMatchMsgmerge() throws {
        guard let msgcat = ExternalTool.path("msgcat"), let msgmerge = ExternalTool.path("msgmerge") else {
            withKnownIssue("msgcat and msgmerge (gettext) are required; make test installs them; skipped") { Issue.record("skipped") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.otherProject { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let compendium = folder.appendingPathComponent("compendium.po")
        let cat = try ExternalTool.run(msgcat, ["-o", compendium.path, folder.appendingPathComponent("a.po").path, folder.appendingPathComponent("b.po").path])
        #expect(cat.status == 0, "\(cat.output)")

        // Waymark: sync the page with the compendium as memory.
        let project = ProjectFixture.files(["waymark.yaml": "source-locale: en\nlocales: [en, es]\n", RuleExample.pagePath: Self.page])
        let memory = MemoryCompendium(path: "compendium.po", data: try Data(contentsOf: compendium))
        let ours = try Self.catalog(CatalogSynchronizer(compendia: [memory]).sync(project))

        // gettext: the same entries, empty, as the template; an empty Spanish catalog as the definitions.
        let template = try Self.catalog(CatalogSynchronizer(useMemory: false).sync(project))
        try POWriter.data(template).write(to: folder.appendingPathComponent("template.po"))
        try Data(RuleExample.catalogHeader(locale: "es").utf8).write(to: folder.appendingPathComponent("def.po"))
        let merged = folder.appendingPathComponent("merged.po")
        let merge = try ExternalTool.run(msgmerge, ["--quiet", "--previous", "-C", compendium.path, "-o", merged.path,
                                                    folder.appendingPathComponent("def.po").path, folder.appendingPathComponent("template.po").path])
        #expect(merge.status == 0, "\(merge.output)")
        let theirs = POParser.parse(data: try Data(contentsOf: merged), path: "merged.po").catalog

        var kinds: Set<String> = []
        for entry in theirs.liveEntries {
            let mine = try #require(ours.entry(msgctxt: entry.msgctxt, msgid: entry.msgid), "\(entry.msgid)")
            let isExact = !entry.msgstr.isEmpty && !entry.isFuzzy
            let similarity = entry.previousMsgid.map { StringSimilarity.score(entry.msgid, $0) } ?? 0
            if entry.msgstr.isEmpty {
                kinds.insert("none")
                #expect(mine.msgstr.isEmpty, "\(entry.msgid): msgmerge left it empty")
            } else if isExact || similarity >= TranslationMemory.threshold {
                kinds.insert(isExact ? "exact" : "near")
                #expect(mine.msgstr == entry.msgstr, "\(entry.msgid): msgmerge filled \"\(entry.msgstr)\", Waymark \"\(mine.msgstr)\"")
                #expect(mine.isFuzzy, "\(entry.msgid): memory fills are always fuzzy")
                #expect(mine.previousMsgid == entry.previousMsgid, "\(entry.msgid)")
            } else {
                kinds.insert("below-bound")
                #expect(mine.msgstr.isEmpty, "\(entry.msgid): similarity \(similarity) is below Waymark's bound")
            }
        }
        // The input exercises every case.
        #expect(kinds == ["exact", "near", "below-bound", "none"], "\(kinds)")
    }

    /// The synced catalog of the page.
    static func catalog(_ result: CatalogSynchronizer.Result) throws -> POCatalog {
        let path = "Locales/es/guide/01-start.po"
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.updates.first { $0.path == path }?.catalog)
    }
}
