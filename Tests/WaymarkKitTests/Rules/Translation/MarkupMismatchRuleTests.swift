import Testing
@testable import WaymarkKit

struct MarkupMismatchRuleTests {
    let rule = MarkupMismatchRule()

    @Test(arguments: [
        ("Never share your **password**.", "Nunca compartas tu contraseña.", "es"),
        ("Never share your *password*.", "Älä koskaan kerro **salasanaasi**.", "fi"),
        ("Type `help` to start.", "Escribe help para empezar.", "es"),
        ("Read [the next page](02-passwords.md).", "Lue seuraava sivu.", "fi"),
        ("Read [the next page](02-passwords.md).", "Lue [seuraava sivu](04-missing.md).", "fi"),
        ("First line  \nsecond line.", "Primera línea\nsegunda línea.", "es"),
        // SPEC §4: a translation's URL and image targets are the source's, not a look-alike.
        ("See [the guide](https://example.org/en).", "Lee [la guía](https://example.org/es).", "es"),
        ("See ![a lock](https://example.org/lock.png) here.", "Mira ![un candado](http://tracker.example/p.gif) aquí.", "es"),
        ("Write to help@example.org.", "Kirjoita osoitteeseen apu@example.fi.", "fi"),
        ("Call [116 111](tel:116111).", "Llama al [116 123](tel:116123).", "es"),
        ("See ![a lock](../_assets/lock.png) here.", "Mira aquí.", "es"),
        ("~~Old~~ new.", "Vanha uusi.", "fi"),
    ])
    func reportsChangedMarkup(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale))
        TranslationQA.expectOne(found, of: MarkupMismatchRule.self)
    }

    @Test(arguments: [
        ("Never share your *password*.", "Nunca compartas tu _contraseña_.", "es"),
        ("Never share your __password__.", "Älä koskaan kerro **salasanaasi**.", "fi"),
        ("Read **[the next page](02-passwords.md)** and [help](03-help.md#top).",
         "Lee [la ayuda](03-help.md#top) y **[la página siguiente](02-passwords.md)**.", "es"),
        ("Type `help`, then press **Enter**.", "Kirjoita `help` ja paina **Enter**.", "fi"),
        ("First line\\\nsecond line.", "Primera línea  \nsegunda línea.", "es"),
        ("Read [the next page](02-passwords.md).", "Lue [ohjesivu](03-help.md).", "fi"),
        ("See [a](https://example.org/a) and [b](https://example.org/b).", "Ver [b](https://example.org/b) y [a](https://example.org/a).", "es"),
        ("Plain text.", "Texto sin formato.", "es"),
    ])
    func acceptsEquivalentMarkup(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale)).isEmpty)
    }

    @Test func messageListsEachDifference() {
        let found = rule.check(unit: TranslationQA.unit("Read [this](a.md) **now**.", "Lee [esto](b.md) ahora."))
        #expect(found.map(\.message) == [
            "markup differs from the source: strong: 1 in the source, 0 in the translation; no link to 'a.md'; link to 'b.md' not in the source",
        ])
    }
}
