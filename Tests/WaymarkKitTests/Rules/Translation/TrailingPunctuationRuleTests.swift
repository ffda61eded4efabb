import Testing
@testable import WaymarkKit

struct TrailingPunctuationRuleTests {
    let rule = TrailingPunctuationRule()

    @Test(arguments: [
        ("Ask for help.", "Pide ayuda", "es"),
        ("Are you safe online?", "Olet turvassa verkossa.", "fi"),
        ("You can:", "Puedes.", "es"),
        ("**Stop!**", "**Seis.**", "fi"),
        ("Wait...", "Espera.", "es"),
        ("Read [the next page](02-passwords.md).", "Lee [la página siguiente](02-passwords.md)", "es"),
    ])
    func reportsDifferentEndings(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale))
        TranslationQA.expectOne(found, of: TrailingPunctuationRule.self)
    }

    @Test(arguments: [
        ("Are you safe online?", "¿Estás a salvo en internet?", "es"),
        ("Stay safe online", "Pysy turvassa verkossa", "fi"),
        ("Stay safe online", "Mantente a salvo en internet.", "es"),
        ("**Stop!**", "**¡Para!**", "es"),
        ("Wait...", "Odota…", "fi"),
        ("He said \"stop.\"", "Hän sanoi: ”seis.”", "fi"),
        ("Is it safe?", "安全吗？", "zh"),
        ("Call {{helplines.0.phone}}.", "Soita {{helplines.0.phone}}.  ", "fi"),
        ("Read [the next page](02-passwords.md).", "Lue [seuraava sivu](02-passwords.md).", "fi"),
        ("Type `help.`", "Escribe `ayuda`", "es"),
        ("Visit https://example.org.", "Käy osoitteessa https://example.org.", "fi"),
    ])
    func acceptsSameOrEquivalentEnding(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale)).isEmpty)
    }

    @Test(arguments: [
        ("Hello.", FinalPunctuation.period), ("Hello!", .exclamation), ("¿Hola?", .question), ("Note:", .colon),
        ("Wait...", .ellipsis), ("Wait…", .ellipsis), ("你好。", .period), ("هل أنت بخير؟", .question),
        ("_Really?_", .question), ("Heading", nil), ("See [this](a.md)", nil),
    ])
    func classifiesFinalMarks(text: String, expected: FinalPunctuation?) {
        #expect(FinalPunctuation(endOf: text) == expected)
    }

    @Test func messageNamesBothEndings() {
        let found = rule.check(unit: TranslationQA.unit("Are you safe?", "¿Estás a salvo"))
        #expect(found.map(\.message) == ["the source ends with '?' but the translation ends without punctuation"])
    }
}
