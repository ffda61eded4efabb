import Testing
@testable import WaymarkKit

struct CatalogQATests {
    static let path = "Locales/fi/guide/01-start.po"

    static let catalog = RuleExample.catalogHeader(locale: "fi") + """

        #: Source-Content/guide/01-start.md:4
        msgid "Call {{helplines.0.phone}} now."
        msgstr "Soita nyt."

        #: Source-Content/guide/01-start.md:6
        msgid "Talk to a trusted adult."
        msgstr "Puhu turvallisen aikuisen kanssa."

        #: Source-Content/guide/01-start.md:8
        #, fuzzy
        #| msgid "Ask for help."
        msgid "Ask an adult for help."
        msgstr "Pyydä apua."

        #: Source-Content/guide/01-start.md:10
        msgid "Not translated yet."
        msgstr ""

        #: Source-Content/_ui.yaml:3
        msgctxt "messages"
        msgid "{{count}} new message"
        msgid_plural "{{count}} new messages"
        msgstr[0] "{{count}} uusi viesti"
        msgstr[1] "uutta viestiä"

        #~ msgid "Phone a friend."
        #~ msgstr "Soita kaverille."

        """

    @Test func checksTranslatedEntriesAndReportsFuzzyAndObsolete() {
        let parsed = POParser.parse(Self.catalog, path: Self.path)
        #expect(parsed.diagnostics.isEmpty)
        let found = CatalogQA.check(parsed.catalog, path: Self.path, locale: "fi", glossary: TranslationQA.glossary)
        #expect(found.map { "\($0.location.line) \($0.ruleID)" } == [
            "12 placeholder-mismatch", "22 fuzzy", "32 placeholder-mismatch", "36 obsolete",
        ])
        #expect(found.allSatisfy { $0.location.path == Self.path && $0.location.column == 1 })
        #expect(found[1].notes.isEmpty)
        #expect(found[1].related == [RelatedLocation("previous source: \"Ask for help.\"", at: WaymarkKit.SourceLocation(path: Self.path, line: 20))])
        #expect(found[1].severity == .warning)
        #expect(found[3].message == "obsolete entry \"Phone a friend.\": its source is gone; reuse the translation or delete the entry")
    }
}
