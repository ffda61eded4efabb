import Testing
@testable import WaymarkKit

struct LengthRatioRuleTests {
    let rule = LengthRatioRule()

    @Test(arguments: [
        ("Ask a trusted adult for help with this.", "Ayuda.", "es"),
        ("Stay safe online.", "Pysy turvassa verkossa aina, kun käytät internetiä kotona, koulussa tai kavereiden luona.", "fi"),
        ("Never share your password with anyone.", "No.", "es"),
    ])
    func reportsFarLongerOrShorterTranslations(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale))
        TranslationQA.expectOne(found, of: LengthRatioRule.self)
    }

    @Test(arguments: [
        ("Ask a trusted adult for help.", "Pyydä apua turvalliselta aikuiselta.", "fi"),
        ("Ask a trusted adult for help.", "Pide ayuda a un adulto de confianza.", "es"),
        ("Log out.", "Cierra la sesión cuando termines de usar el ordenador.", "es"),
        ("OK", "Selvä", "fi"),
        // A long URL counts in neither text, so a short translation of it is fine.
        ("Read [this](https://example.org/a/very/long/path/that/goes/on/and/on).",
         "Lee [esto](https://example.org/a/very/long/path/that/goes/on/and/on).", "es"),
        ("Call {{helplines.0.phone}} now, day or night.", "Soita {{helplines.0.phone}} milloin vain.", "fi"),
    ])
    func acceptsNormalLengths(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale)).isEmpty)
    }

    @Test func messageGivesTheRatio() {
        let found = rule.check(unit: TranslationQA.unit("Never share your password.", "No."))
        #expect(found.map(\.message) == ["the translation is only 0.1 times as long as the source (3 vs 26 characters; at least 0.3)"])
    }
}
