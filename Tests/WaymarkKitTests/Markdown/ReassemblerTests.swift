import Testing
@testable import WaymarkKit

@Suite struct ReassemblerTests {
    @Test func noTranslationsKeepTheSourceByteForByte() {
        let segments = Segmenter().segments(source: samplePage)
        let result = Reassembler().reassemble(source: samplePage, segments: segments, translations: segments.map { _ in nil })
        #expect(result.source == samplePage)
        #expect(result.problems.isEmpty)
    }

    @Test func longerTranslationInListItemGetsItemIndentation() {
        let result = translate(samplePage, [
            "Never share it with\nanyone, not even friends.": "Nunca la compartas\ncon nadie,\nni siquiera con amigos.",
        ])
        #expect(result.problems.isEmpty)
        #expect(result.source.contains("- Nunca la compartas\n  con nadie,\n  ni siquiera con amigos.\n- [ ] Check"))
        #expect(result.html.contains("<li>Nunca la compartas\ncon nadie,\nni siquiera con amigos.</li>"))
    }

    @Test func singleLineGrowsIntoSeveralLinesInsideContainers() {
        let source = "> - one line\n>\n> after\n\n1. item\n"
        let result = translate(source, ["one line": "first\nsecond", "item": "uno\ndos"])
        #expect(result.problems.isEmpty)
        #expect(result.source == "> - first\n>   second\n>\n> after\n\n1. uno\n   dos\n")
        #expect(result.html == MarkdownHTMLRenderer().render(MarkdownParser().parse(result.source)))
        #expect(result.html.contains("<li>first\nsecond</li>"))
    }

    @Test func shorterTranslationInBlockQuoteDropsLines() {
        let result = translate(samplePage, ["**Tip:** ask an adult\nif you are unsure.": "**Consejo:** pregunta."])
        #expect(result.problems.isEmpty)
        #expect(result.source.contains("> **Consejo:** pregunta.\n\n| Word"))
        #expect(result.html.contains("<blockquote>\n<p><strong>Consejo:</strong> pregunta.</p>\n</blockquote>"))
    }

    @Test func tableCellPipesAreEscaped() {
        let result = translate(samplePage, ["Meaning": "Significado | sentido", "a `1\\|2` code": "un código `1\\|2`"])
        #expect(result.problems.isEmpty)
        #expect(result.source.contains("| Word | Significado \\| sentido |"))
        #expect(result.html.contains("<th align=\"right\">Significado | sentido</th>"))
        #expect(result.html.contains("<td align=\"right\">un código <code>1|2</code></td>"))
    }

    @Test func headingAndAltTextTranslations() {
        let result = translate(samplePage, ["Passwords": "Contraseñas", "A padlock on a phone": "Un candado"])
        #expect(result.source.contains("## Contraseñas ##\n"))
        #expect(result.html.contains("<h2>Contraseñas</h2>"))
        #expect(result.html.contains("<img src=\"_assets/padlock.png\" alt=\"Un candado\" title=\"Locked\" />"))
    }

    @Test func trailingHashesInHeadingAreKept() {
        let result = translate("## Title ##\n", ["Title": "C ##"])
        #expect(result.problems.isEmpty)
        #expect(result.html == "<h2>C ##</h2>\n")
    }

    @Test func crlfSourcesKeepTheirLineEndings() {
        let source = "- a\r\n- b\r\n"
        let result = translate(source, ["a": "x\ny"])
        #expect(result.source == "- x\r\n  y\r\n- b\r\n")
    }

    struct Fallback: Sendable, CustomStringConvertible {
        var source: String
        var segment: String
        var translation: String
        var reason: ReassemblyProblem.Reason
        var description: String { translation.debugDescription }
    }

    @Test(arguments: [
        Fallback(source: "Text.\n", segment: "Text.", translation: "- a list now", reason: .changesStructure),
        Fallback(source: "Text.\n", segment: "Text.", translation: "# A heading", reason: .changesStructure),
        Fallback(source: "Text.\n", segment: "Text.", translation: "one\n===", reason: .changesStructure),
        Fallback(source: "- a\n- b\n", segment: "a", translation: "x\n- y", reason: .changesStructure),
        Fallback(source: "> q\n", segment: "q", translation: "x\n```", reason: .changesStructure),
        Fallback(source: "Text.\n", segment: "Text.", translation: "one\n\ntwo", reason: .blankLine),
        Fallback(source: "Text.\n", segment: "Text.", translation: "  \n ", reason: .empty),
        Fallback(source: "# Title\n", segment: "Title", translation: "two\nlines", reason: .lineBreakNotAllowed),
        Fallback(source: "| a |\n|---|\n", segment: "a", translation: "x\ny", reason: .lineBreakNotAllowed),
        Fallback(source: "![alt](i.png)\n", segment: "alt", translation: "a ] b", reason: .changesStructure),
    ])
    func structureChangingTranslationFallsBackToSource(_ fallback: Fallback) {
        let result = translate(fallback.source, [fallback.segment: fallback.translation])
        #expect(result.source == fallback.source)
        #expect(result.problems.map(\.reason) == [fallback.reason])
    }

    @Test func onlyTheBadTranslationFallsBack() {
        let source = "First.\n\nSecond.\n"
        let result = translate(source, ["First.": "Primero.", "Second.": "* lista"])
        #expect(result.source == "Primero.\n\nSecond.\n")
        #expect(result.problems.count == 1)
        let diagnostic = result.problems[0].diagnostic(path: "Locales/es/p/01.po", line: 12)
        #expect(diagnostic.ruleID == "markup-mismatch")
        #expect(diagnostic.location == WaymarkKit.SourceLocation(path: "Locales/es/p/01.po", line: 12, column: 1))
        #expect(result.problems[0].line == 3)
    }
}
