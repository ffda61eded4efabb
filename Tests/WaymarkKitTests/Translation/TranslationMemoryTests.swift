import Foundation
import Testing
@testable import WaymarkKit

/// Project translation memory in `waymark sync` (SPEC §5.4): a new page's
/// entries are filled from the locale's other catalogs, always fuzzy, with a
/// translator comment naming the source; nothing translated is touched.
@Suite struct TranslationMemoryTests {
    /// A translated Spanish page 01 and a new page 02 that reuses, rewords and adds text.
    static let project: [String: String] = [
        "waymark.yaml": "source-locale: en\nlocales: [en, es, fi]\n",
        RuleExample.pagePath: "---\ntitle: Start\n---\nAsk a trusted adult for help.\n\nNever share your password with anyone.\n",
        "Source-Content/guide/02-next.md": """
            ---
            title: Next
            ---
            Ask a trusted adult for help.

            Never share your passwords with anyone.

            Turn off location sharing.

            """,
        "Locales/es/guide/01-start.po": RuleExample.catalogHeader(locale: "es") + """

            #: Source-Content/guide/01-start.md:2
            msgid "Start"
            msgstr "Inicio"

            #: Source-Content/guide/01-start.md:4
            msgid "Ask a trusted adult for help."
            msgstr "Pide ayuda a un adulto de confianza."

            #: Source-Content/guide/01-start.md:6
            msgid "Never share your password with anyone."
            msgstr "Nunca compartas tu contraseña con nadie."

            """,
    ]

    static func sync(_ texts: [String: String], memory: Bool = true) -> CatalogSynchronizer.Result {
        CatalogSynchronizer(useMemory: memory).sync(ProjectFixture.files(texts))
    }

    static func catalog(_ result: CatalogSynchronizer.Result, _ path: String) throws -> POCatalog {
        let update = try #require(result.updates.first { $0.path == path })
        return POParser.parse(data: update.contents, path: path).catalog
    }

    /// The project after writing every changed catalog of `result`.
    static func applying(_ result: CatalogSynchronizer.Result, to texts: [String: String]) -> [String: String] {
        var next = texts
        for update in result.changed { next[update.path] = String(decoding: update.contents, as: UTF8.self) }
        return next
    }

    @Test func fillsExactAndNearMatchesAsFuzzyWithTheirSource() throws {
        let result = Self.sync(Self.project)
        let page = try Self.catalog(result, "Locales/es/guide/02-next.po")
        let exact = try #require(page.entry(msgctxt: nil, msgid: "Ask a trusted adult for help."))
        #expect(exact.msgstr == "Pide ayuda a un adulto de confianza." && exact.isFuzzy && exact.previousMsgid == nil)
        #expect(exact.translatorComments == ["Translation memory: from Locales/es/guide/01-start.po (same source text)"])
        let near = try #require(page.entry(msgctxt: nil, msgid: "Never share your passwords with anyone."))
        #expect(near.msgstr == "Nunca compartas tu contraseña con nadie." && near.isFuzzy)
        #expect(near.previousMsgid == "Never share your password with anyone.")
        #expect(near.translatorComments.first?.hasPrefix("Translation memory: from Locales/es/guide/01-start.po (") == true)
        let new = try #require(page.entry(msgctxt: nil, msgid: "Turn off location sharing."))
        #expect(new.msgstr.isEmpty && !new.isFuzzy)
        #expect(result.updates.first { $0.path == "Locales/es/guide/02-next.po" }?.suggested == 2)
        // Finnish has no translations, so nothing is suggested there; the source catalog is untouched.
        #expect(try Self.catalog(result, "Locales/fi/guide/02-next.po").entries.allSatisfy { $0.msgstr.isEmpty })
        // The catalogs the memory came from keep their translations, unflagged.
        let source = try Self.catalog(result, "Locales/es/guide/01-start.po")
        #expect(source.liveEntries.map(\.msgstr) == ["Inicio", "Pide ayuda a un adulto de confianza.", "Nunca compartas tu contraseña con nadie."])
        #expect(source.liveEntries.allSatisfy { !$0.isFuzzy && $0.translatorComments.isEmpty })
    }

    @Test func secondSyncChangesNothing() {
        let first = Self.applying(Self.sync(Self.project), to: Self.project)
        let second = Self.sync(first)
        #expect(second.changed.isEmpty, "\(second.changed.map(\.path))")
    }

    @Test func noMemoryFillsNothing() throws {
        let result = Self.sync(Self.project, memory: false)
        let page = try Self.catalog(result, "Locales/es/guide/02-next.po")
        #expect(page.entries.allSatisfy { $0.msgstr.isEmpty && !$0.isFuzzy && $0.translatorComments.isEmpty })
        #expect(result.updates.allSatisfy { $0.suggested == 0 })
    }

    @Test func neverTouchesAnExistingEntry() throws {
        // Page 02's catalog exists: one entry translated differently, one left empty on purpose.
        var texts = Self.project
        texts["Locales/es/guide/02-next.po"] = RuleExample.catalogHeader(locale: "es") + """

            msgid "Ask a trusted adult for help."
            msgstr "Busca a un adulto en quien confíes."

            msgid "Never share your passwords with anyone."
            msgstr ""

            """
        let page = try Self.catalog(Self.sync(texts), "Locales/es/guide/02-next.po")
        let kept = try #require(page.entry(msgctxt: nil, msgid: "Ask a trusted adult for help."))
        #expect(kept.msgstr == "Busca a un adulto en quien confíes." && !kept.isFuzzy && kept.translatorComments.isEmpty)
        let cleared = try #require(page.entry(msgctxt: nil, msgid: "Never share your passwords with anyone."))
        #expect(cleared.msgstr.isEmpty && !cleared.isFuzzy)
    }

    @Test func suggestionsAreNotRememberedAndStatusCountsThemApart() throws {
        let synced = Self.applying(Self.sync(Self.project), to: Self.project)
        let (report, _) = StatusReport.make(ProjectFixture.files(synced), locales: ["es"])
        let total = try #require(report?.locales.first?.total)
        #expect(total.suggestions == 2 && total.fuzzy == 0)
        #expect(report?.table().contains("2 suggestions to review") == true)
        // A suggestion never seeds another one: page 02's catalog (two suggestions, one empty entry) gives no memory.
        var memory = TranslationMemory()
        memory.add(POParser.parse(try #require(synced["Locales/es/guide/02-next.po"]), path: "b").catalog, origin: "b")
        #expect(memory.isEmpty)
    }

    @Test func compendiumFillsAndIsNamed() throws {
        let compendium = RuleExample.catalogHeader(locale: "es") + "\nmsgid \"Turn off location sharing.\"\nmsgstr \"Desactiva la ubicación compartida.\"\n"
        let result = CatalogSynchronizer(compendia: [MemoryCompendium(path: "other/es.po", data: Data(compendium.utf8))]).sync(ProjectFixture.files(Self.project))
        let entry = try #require(try Self.catalog(result, "Locales/es/guide/02-next.po").entry(msgctxt: nil, msgid: "Turn off location sharing."))
        #expect(entry.msgstr == "Desactiva la ubicación compartida." && entry.isFuzzy)
        #expect(entry.translatorComments == ["Translation memory: from other/es.po (same source text)"])
        // The Spanish compendium is not used for Finnish.
        #expect(try Self.catalog(result, "Locales/fi/guide/02-next.po").entries.allSatisfy { $0.msgstr.isEmpty })
    }

    @Test func brokenCompendiumStopsSync() {
        let result = CatalogSynchronizer(compendia: [MemoryCompendium(path: "bad.po", data: Data("msgid \"x\"\nmsgstr \"unterminated\n".utf8))]).sync(ProjectFixture.files(Self.project))
        #expect(result.diagnostics.hasErrors && result.updates.isEmpty)
        #expect(result.diagnostics.first?.location.path == "bad.po")
    }
}
