import Testing
@testable import WaymarkKit

struct TranslationProseTests {
    @Test(arguments: [
        ("Ask a trusted adult for help.", "Ask a trusted adult for help."),
        ("Never share your **password** or `PIN`.", "Never share your password or ."),
        ("Read [the guide](https://example.org/a/long/path) now.", "Read the guide now."),
        ("Call {{helplines.0.phone}} or write to help@example.org.", "Call or write to ."),
        ("First line  \nsecond *line*.", "First line second line."),
        ("Visit www.example.org, día y noche.", "Visit , día y noche."),
        ("Soita numeroon 116 111.", "Soita numeroon 116 111."),
    ])
    func keepsOnlyTranslatableText(markdown: String, expected: String) {
        #expect(TranslationProse(markdown: markdown).text == expected)
    }

    @Test(arguments: [
        ("Pide ayuda a un adulto de confianza, ¿vale?", true),
        ("Älä kerro salasanaasi: se on sinun.", true),
        ("Never share your **password**.", false),
        ("See https://example.org.", false),
        ("Write to help@example.org.", false),
        ("Line one\nline two", false),
        ("A | B", false),
    ])
    func recognisesTextWithoutMarkup(text: String, plain: Bool) {
        #expect(TranslationProse.isPlain(text) == plain)
    }

    @Test func countsWordsWithLettersAndGraphemes() {
        let prose = TranslationProse(markdown: "Jyväskylä 24/7: 112")
        #expect(prose.words == ["Jyväskylä"])
        #expect(prose.length == 19)
    }
}
