import Testing
@testable import WaymarkKit

struct URLChangedRuleTests {
    let rule = URLChangedRule()

    @Test(arguments: [
        ("See [https://example.org/help](https://example.org/help).", "Lee [https://example.com/ayuda](https://example.org/help).", "es"),
        ("Type `https://example.org` in the address bar.", "Kirjoita `https://example.fi` osoiteriville.", "fi"),
        ("Open [www.example.org](https://www.example.org).", "Abre [www.example.com](https://www.example.org).", "es"),
    ])
    func reportsChangedOrAddedURLs(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale))
        TranslationQA.expectOne(found, of: URLChangedRule.self)
    }

    @Test(arguments: [
        ("See [the guide](https://example.org/guide) or <https://example.org>.",
         "Lee <https://example.org> o [la guía](https://example.org/guide).", "es"),
        ("Visit www.example.org/.", "Käy sivulla www.example.org.", "fi"),
        ("Write to [help@example.org](mailto:help@example.org).", "Escribe a help@example.org.", "es"),
        ("Read [the next page](02-passwords.md).", "Lue [seuraava sivu](02-salasanat.md).", "fi"),
        // Changed targets are markup-mismatch's (an error), not this warning's.
        ("See [the guide](https://example.org/guide).", "Lee [la guía](https://example.com/guia).", "es"),
        ("Write to help@example.org.", "Kirjoita osoitteeseen apu@example.fi.", "fi"),
    ])
    func acceptsSameURLs(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale)).isEmpty)
    }

    @Test func messageShowsOldAndNewURL() {
        let found = rule.check(unit: TranslationQA.unit("See `https://example.org/a`.", "Ver `https://example.org/b`."))
        #expect(found.map(\.message) == ["URL 'https://example.org/a' shown in the source was changed to 'https://example.org/b' in the translation"])
    }
}
