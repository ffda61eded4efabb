import Testing
@testable import WaymarkKit

@Suite struct TranslationSummaryTests {
    @Test func countsStatesAndWords() {
        let sources = [
            CatalogSource(msgid: "One two three"), CatalogSource(msgid: "Four five"),
            CatalogSource(msgid: "Six"), CatalogSource(msgid: "Waymark"), CatalogSource(msgid: "Missing entry here"),
        ]
        var catalog = CatalogSync.sync(sources: Array(sources.prefix(4)), existing: nil, locale: "fi").catalog
        catalog.entries[0].msgstr = "Yksi kaksi kolme"
        catalog.entries[1].msgstr = "Neljä viisi"
        catalog.entries[1].isFuzzy = true
        catalog.entries[3].msgstr = "Waymark"
        var gone = POEntry(msgid: "Old", translations: ["Vanha"])
        gone.isObsolete = true
        catalog.entries.append(gone)
        let summary = TranslationSummary(sources: sources, catalog: catalog)
        #expect(summary == TranslationSummary(translated: 2, fuzzy: 1, untranslated: 2, obsolete: 1, translatedWords: 4, totalWords: 10))
        #expect(summary.completeness == 0.4)
        #expect(TranslationSummary(catalog: catalog).translated == 2)
    }

    @Test func countsWords() {
        #expect(CatalogSource.countWords("Hello, **world** 2024!") == 3)
        #expect(CatalogSource.countWords("你好世界") == 4)
        #expect(CatalogSource.countWords("") == 0)
    }
}
