import Foundation
import Testing
@testable import WaymarkKit

/// Each page is parsed once when loaded and once per target locale when
/// localized; QA parses each distinct catalog string once. Counted with the
/// parser's watch on a token only these pages contain.
@Suite("Parses per page and locale")
struct ParseCountTests {
    static let pageCount = 3

    /// A project of `pageCount` pages in en, es and fi, every entry translated
    /// (`msgid` + ` (tr)`). The `pageToken` sits in a code block, which is no
    /// segment, so only whole-page sources contain it; `stringToken` sits in an
    /// emphasised sentence, so the QA strings of that segment contain it.
    static func project(pageToken: String, stringToken: String) -> ProjectFiles {
        var texts = [
            "waymark.yaml": "source-locale: en\nlocales: [en, es, fi]\n",
            "Source-Content/guide/_program.yaml": "title: Guide\ndescription: A small guide.\n",
        ]
        for index in 1...pageCount {
            texts["Source-Content/guide/0\(index)-page.md"] = """
            ---
            title: Page \(index)
            ---
            ## Part \(index)

            Read *this* first, \(stringToken) \(index).

            - One point.
            - Another point.

            | Fact | Share? |
            |---|---|
            | Name | No. |

            ```
            \(pageToken)
            ```

            """
        }
        var files = ProjectFiles(texts: texts)
        for update in CatalogSynchronizer(useMemory: false).sync(files).updates {
            var catalog = update.catalog
            for index in catalog.entries.indices where !catalog.entries[index].isObsolete {
                let entry = catalog.entries[index]
                catalog.entries[index].translations = entry.translations.map { _ in entry.msgid + " (tr)" }
                catalog.entries[index].isFuzzy = false
            }
            files.files[update.path] = POWriter.data(catalog)
        }
        return files
    }

    static func token() -> String { "tok" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() }

    @Test("a page is parsed once to load it and once per target locale to localize it")
    func oncePerPageAndLocale() throws {
        let pageToken = Self.token(), stringToken = Self.token()
        let files = Self.project(pageToken: pageToken, stringToken: stringToken)
        MarkdownParser.watchParses(containing: pageToken)
        let loaded = try ProjectAnalysis.load(files)
        #expect(MarkdownParser.parses(containing: pageToken) == Self.pageCount)
        let cataloged = loaded.segmented().withCatalogs(locales: loaded.configuration.locales)
        MarkdownParser.watchParses(containing: pageToken)
        let localized = cataloged.localized()
        #expect(MarkdownParser.parses(containing: pageToken) == Self.pageCount * 2)
        for locale in localized.strict.locales where locale.tag != "en" {
            #expect(locale.pages.count == Self.pageCount)
            for page in locale.pages.values {
                #expect(page.isComplete)
                #expect(page.body.plainText.contains("\(stringToken) \(page.page.id.dropFirst("guide/0".count).prefix(1)). (tr)"))
            }
        }
        MarkdownParser.watchParses(containing: pageToken)
        let checked = localized.checked()
        #expect(MarkdownParser.parses(containing: pageToken) == 0)
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics)")
    }

    @Test("localize and check parse each distinct msgid and msgstr once between them, for every locale and rule")
    func inlineStringsOnce() throws {
        let pageToken = Self.token(), stringToken = Self.token()
        let cataloged = try ProjectAnalysis.load(Self.project(pageToken: pageToken, stringToken: stringToken))
            .segmented().withCatalogs(locales: ["en", "es", "fi"])
        MarkdownParser.watchParses(containing: stringToken)
        let localized = cataloged.localized()
        // The reassembled page in es and fi, and the trust check's msgid and msgstr (the same text in both locales).
        #expect(MarkdownParser.parses(containing: stringToken) == Self.pageCount * 4)
        MarkdownParser.watchParses(containing: stringToken)
        _ = localized.checked()
        // QA finds every string already analysed.
        #expect(MarkdownParser.parses(containing: stringToken) == 0)
        // And lets each analysis go after the last catalog that uses it.
        #expect(localized.analyses.count == 0)
    }

    @Test("an analysis is dropped when its last expected use is given back, and only then")
    func memoReleasesAfterLastUse() {
        let token = Self.token()
        let (twice, once, unexpected) = ("Read *\(token)* twice.", "Read *\(token)* once.", "Read *\(token)* anyway.")
        let memo = InlineAnalysisMemo()
        memo.expect([[twice, once], [twice]])
        MarkdownParser.watchParses(containing: token)
        for text in [twice, once, unexpected] { _ = memo.analysis(text) }
        #expect(memo.count == 3)
        memo.release([twice, once])
        // `twice` is still expected once; `unexpected` was never expected, so it stays.
        #expect(memo.count == 2)
        _ = memo.analysis(twice)
        #expect(MarkdownParser.parses(containing: token) == 3)
        memo.release([twice])
        #expect(memo.count == 1)
        // Given back more often than expected: nothing more happens.
        memo.release([twice, unexpected])
        #expect(memo.count == 1)
        // Asked for again after it was dropped, it is analysed again, to the same value.
        #expect(memo.analysis(twice) == InlineAnalysis(twice))
        #expect(memo.count == 2)
    }

    @Test("a memo filled up front or on demand parses each distinct string once")
    func memoParsesOnce() {
        let token = Self.token()
        // More distinct strings than the memo has shards, each asked for five times at once.
        let texts = (0..<320).map { "Read *this* \(token) \($0 % 64)." }
        MarkdownParser.watchParses(containing: token)
        let filled = InlineAnalysisMemo(strings: texts)
        for text in texts { _ = filled.analysis(text) }
        #expect(MarkdownParser.parses(containing: token) == 64)
        #expect(filled.count == 64)
        MarkdownParser.watchParses(containing: token)
        let lazy = InlineAnalysisMemo()
        let analyses = texts.parallelMap { lazy.analysis($0) }
        #expect(MarkdownParser.parses(containing: token) == 64)
        #expect(lazy.count == 64)
        #expect(zip(texts, analyses).allSatisfy { text, analysis in analysis.text == text })
    }
}
