import Testing
@testable import WaymarkKit

/// Text output under a ranged diagnostic: the source line, `^` at the location,
/// `~` under the range, the fix's text aligned, as swiftc prints them.
struct SourceExcerptTests {
    static func at(_ line: Int, _ column: Int) -> WaymarkKit.SourceLocation { WaymarkKit.SourceLocation(path: "a.po", line: line, column: column) }

    @Test func underlinesTheRangeAndAlignsTheFix() {
        let range = Self.at(2, 13)..<Self.at(2, 29)
        let diagnostic = Diagnostic(.error, "placeholders differ", at: Self.at(2, 1), rule: "placeholder-mismatch", range: range,
                                    suggestions: [Suggestion("replace", replacements: [Replacement(range, with: "helplines.0.phone")], isSafe: true)])
        let text = "msgstr \"\"\n\"Llama al {{helplines.0.phne}} \"\n"
        #expect(SourceExcerpt.lines(for: diagnostic, in: text) == [
            "\"Llama al {{helplines.0.phne}} \"",
            "^           ~~~~~~~~~~~~~~~~",
            "            helplines.0.phone",
        ])
    }

    @Test func countsByteColumnsAndKeepsTabs() {
        // `ñ` is two bytes: byte column 4 is the third character.
        let diagnostic = Diagnostic(.error, "x", at: Self.at(1, 4), rule: "r", range: Self.at(1, 4)..<Self.at(1, 6))
        #expect(SourceExcerpt.lines(for: diagnostic, in: "añbc d\n") == ["añbc d", "  ^~"])
        let tabbed = Diagnostic(.error, "x", at: Self.at(1, 2), rule: "r", range: Self.at(1, 2)..<Self.at(1, 4))
        #expect(SourceExcerpt.lines(for: tabbed, in: "\tkey: 1\n") == ["\tkey: 1", "\t^~"])
    }

    @Test func controlCharactersInTheLineAreShownAsPictures() {
        let diagnostic = Diagnostic(.error, "x", at: Self.at(1, 9), rule: "r", range: Self.at(1, 9)..<Self.at(1, 11))
        #expect(SourceExcerpt.lines(for: diagnostic, in: "msgstr \"\u{1B}[2Jhi\"\n") == ["msgstr \"\u{241B}[2Jhi\"", "        ^~"])
    }

    @Test func multiLineRangesUnderlineToTheEndOfTheFirstLine() {
        let diagnostic = Diagnostic(.warning, "x", at: Self.at(1, 1), rule: "r", range: Self.at(1, 1)..<Self.at(2, 3))
        #expect(SourceExcerpt.lines(for: diagnostic, in: "msgstr \"a\"\n\"b\"\n") == ["msgstr \"a\"", "^~~~~~~~~~"])
    }

    @Test func textOutputKeepsTheFirstLineAndShowsExcerptsOnlyWithRangeAndFile() {
        let ranged = Diagnostic(.error, "unknown key 'nme' in waymark.yaml", at: WaymarkKit.SourceLocation(path: "waymark.yaml", line: 1), rule: "config",
                                range: WaymarkKit.SourceLocation(path: "waymark.yaml", line: 1)..<WaymarkKit.SourceLocation(path: "waymark.yaml", line: 1, column: 4))
        let files = ProjectFiles(texts: ["waymark.yaml": "nme: X\n"])
        #expect(DiagnosticRenderer.render([ranged], as: .text, files: files)
            == "waymark.yaml:1:1: error: unknown key 'nme' in waymark.yaml [config]\nnme: X\n^~~\n")
        #expect(DiagnosticRenderer.render([ranged], as: .text) == "waymark.yaml:1:1: error: unknown key 'nme' in waymark.yaml [config]\n")
        var point = ranged
        point.range = nil
        #expect(DiagnosticRenderer.render([point], as: .text, files: files) == "waymark.yaml:1:1: error: unknown key 'nme' in waymark.yaml [config]\n")
    }
}
