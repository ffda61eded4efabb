import Testing
@testable import WaymarkKit

@Suite struct CatalogSyncTests {
    static func source(_ msgid: String, _ ctxt: String? = nil, line: Int = 1) -> CatalogSource {
        CatalogSource(msgctxt: ctxt, msgid: msgid, references: ["Source-Content/p/01-a.md:\(line)"])
    }

    static func translated(_ pairs: [(String, String)], locale: String = "es") -> POCatalog {
        var catalog = CatalogSync.sync(sources: pairs.map { source($0.0) }, existing: nil, locale: locale).catalog
        for index in catalog.entries.indices { catalog.entries[index].msgstr = pairs[index].1 }
        return catalog
    }

    @Test func newCatalogHasHeaderAndEmptyEntries() {
        let result = CatalogSync.sync(sources: [Self.source("Hello"), Self.source("Bye", line: 3)], existing: nil, locale: "fi", options: .init(projectName: "Waymark"))
        #expect(result.count(.added) == 2)
        #expect(POWriter.write(result.catalog) == """
        msgid ""
        msgstr ""
        "Project-Id-Version: Waymark\\n"
        "Language: fi\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        #: Source-Content/p/01-a.md:1
        msgid "Hello"
        msgstr ""

        #: Source-Content/p/01-a.md:3
        msgid "Bye"
        msgstr ""

        """)
    }

    @Test func potCreationDateOnlyFromSourceDateEpoch() {
        let without = CatalogSync.sync(sources: [], existing: nil, locale: "es").catalog
        #expect(without.headerValue("POT-Creation-Date") == nil)
        let with = CatalogSync.sync(sources: [], existing: nil, locale: "es", options: .init(sourceDateEpoch: 1_700_000_000)).catalog
        #expect(with.headerValue("POT-Creation-Date") == "2023-11-14 22:13+0000")
    }

    @Test func unchangedSegmentKeepsTranslationAndRefreshesReferences() {
        let old = Self.translated([("Hello", "Hola")])
        let result = CatalogSync.sync(sources: [Self.source("Hello", line: 9)], existing: old, locale: "es")
        #expect(result.changes.map(\.kind) == [.kept])
        #expect(result.catalog.entries[0].msgstr == "Hola" && result.catalog.entries[0].references == ["Source-Content/p/01-a.md:9"])
    }

    @Test func changedSegmentBecomesFuzzyWithPrevious() {
        let old = Self.translated([("Keep your password secret.", "Mantén tu contraseña en secreto.")])
        let result = CatalogSync.sync(sources: [Self.source("Keep your passwords secret.")], existing: old, locale: "es")
        let entry = result.catalog.entries[0]
        #expect(result.changes.map(\.kind) == [.fuzzied])
        #expect(entry.isFuzzy && entry.previousMsgid == "Keep your password secret." && entry.msgstr == "Mantén tu contraseña en secreto.")
        #expect(result.catalog.entries.count == 1)
        // Changing it again keeps the oldest previous source.
        let again = CatalogSync.sync(sources: [Self.source("Keep all your passwords secret.")], existing: result.catalog, locale: "es")
        #expect(again.catalog.entries[0].previousMsgid == "Keep your password secret.")
    }

    @Test func dissimilarChangeObsoletesOldAndAddsNew() {
        let old = Self.translated([("Keep your password secret.", "Mantén tu contraseña en secreto.")])
        let result = CatalogSync.sync(sources: [Self.source("Never share photos online.")], existing: old, locale: "es")
        #expect(result.changes.map(\.kind) == [.added, .obsoleted])
        #expect(result.catalog.entries.map(\.state) == [.untranslated, .obsolete])
        #expect(result.catalog.entries[1].msgstr == "Mantén tu contraseña en secreto." && result.catalog.entries[1].references.isEmpty)
    }

    @Test func removedUntranslatedEntryIsDroppedLikeMsgmerge() {
        let old = CatalogSync.sync(sources: [Self.source("Gone")], existing: nil, locale: "es").catalog
        let result = CatalogSync.sync(sources: [], existing: old, locale: "es")
        #expect(result.catalog.entries.isEmpty && result.changes.isEmpty)
    }

    @Test func returningSegmentIsRevived() {
        let old = Self.translated([("Hello", "Hola")])
        let removed = CatalogSync.sync(sources: [], existing: old, locale: "es").catalog
        let result = CatalogSync.sync(sources: [Self.source("Hello")], existing: removed, locale: "es")
        #expect(result.changes.map(\.kind) == [.revived])
        #expect(result.catalog.entries.map(\.state) == [.translated] && result.catalog.entries[0].msgstr == "Hola")
    }

    @Test func exactMatchIsNeverTakenByAFuzzyMatch() {
        let old = Self.translated([("Open the door", "Abre la puerta")])
        let result = CatalogSync.sync(sources: [Self.source("Open the doors"), Self.source("Open the door")], existing: old, locale: "es")
        #expect(result.changes.map(\.kind) == [.added, .kept])
    }

    @Test func contextChangeIsFuzzyWithPreviousContext() {
        var old = CatalogSync.sync(sources: [Self.source("Save", "menu.save")], existing: nil, locale: "es").catalog
        old.entries[0].msgstr = "Guardar"
        let result = CatalogSync.sync(sources: [Self.source("Save", "toolbar.save")], existing: old, locale: "es")
        #expect(result.catalog.entries[0].isFuzzy && result.catalog.entries[0].previousMsgctxt == "menu.save")
    }

    @Test func pluralEntriesUseLocaleFormCount() {
        let plural = CatalogSource(msgctxt: "ui.items", msgid: "%d item", msgidPlural: "%d items")
        let result = CatalogSync.sync(sources: [plural], existing: nil, locale: "ru")
        #expect(result.catalog.entries[0].translations.count == 3)
        #expect(result.catalog.headerValue("Plural-Forms") == PluralRules.rule(for: "ru")?.pluralForms)
    }

    @Test func pluralToSingularKeepsDroppedFormsObsolete() {
        var old = CatalogSync.sync(sources: [CatalogSource(msgid: "%d file", msgidPlural: "%d files")], existing: nil, locale: "es").catalog
        old.entries[0].translations = ["%d archivo", "%d archivos"]
        let result = CatalogSync.sync(sources: [Self.source("%d file")], existing: old, locale: "es")
        #expect(result.catalog.entries.map(\.state) == [.fuzzy, .obsolete])
        #expect(result.catalog.entries[1].translations == ["%d archivo", "%d archivos"])
    }

    @Test func syncIsIdempotent() {
        let old = Self.translated([("Alpha beta gamma", "A"), ("Delta epsilon", "D"), ("Zeta", "Z")])
        let sources = [Self.source("Alpha beta gamma delta"), Self.source("New one"), Self.source("Zeta", line: 4)]
        let once = CatalogSync.sync(sources: sources, existing: old, locale: "es").catalog
        let twice = CatalogSync.sync(sources: sources, existing: once, locale: "es")
        #expect(twice.catalog == once && twice.onlyKept)
        #expect(POWriter.write(twice.catalog) == POWriter.write(once))
    }

    @Test func keepsExistingHeaderFields() {
        var old = Self.translated([("Hello", "Hola")])
        old.setHeaderValue("Last-Translator", "Ana <ana@example.org>")
        old.setHeaderValue("Plural-Forms", "nplurals=2; plural=n != 1;")
        let header = CatalogSync.sync(sources: [Self.source("Hello")], existing: old, locale: "es").catalog
        #expect(header.headerValue("Last-Translator") == "Ana <ana@example.org>")
        #expect(header.headerValue("Plural-Forms") == "nplurals=2; plural=n != 1;")
    }
}
