import Testing
@testable import WaymarkKit

struct PlaceholderMismatchRuleTests {
    let rule = PlaceholderMismatchRule()

    @Test(arguments: [
        ("Call {{helplines.0.phone}} now.", "Llama ahora.", "es"),
        ("Call {{helplines.0.phone}} now.", "Soita numeroon {{helplines.0.name}} nyt.", "fi"),
        ("Call {{helplines.0.phone}} now.", "Llama al {{helplines.0.phone}} o al {{helplines.1.phone}}.", "es"),
        ("{{ui.next}}: {{helplines.0.name}}", "{{ui.next}}: Auttava puhelin", "fi"),
        ("Open {{helplines.0.url}}.", "Abre {{helplines.0.URL}}.", "es"),
    ])
    func reportsDifferentPlaceholderSets(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale))
        TranslationQA.expectOne(found, of: PlaceholderMismatchRule.self)
    }

    @Test(arguments: [
        ("Call {{helplines.0.name}} on {{helplines.0.phone}}.", "Llama al {{helplines.0.phone}} ({{helplines.0.name}}).", "es"),
        ("Call {{ helplines.0.phone }} now.", "Soita nyt {{helplines.0.phone}}.", "fi"),
        ("Call {{helplines.0.phone}}. Again: {{helplines.0.phone}}.", "Soita {{helplines.0.phone}}.", "fi"),
        ("No placeholders here.", "Aquí no hay marcadores.", "es"),
    ])
    func acceptsSameSetInAnyOrder(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale)).isEmpty)
    }

    @Test func messageNamesMissingAndAddedPlaceholders() {
        let found = rule.check(unit: TranslationQA.unit("Call {{a.phone}} or {{b.phone}}.", "Llama al {{a.phone}} o {{c.phone}}."))
        #expect(found.map(\.message) == ["placeholders differ from the source: missing {{b.phone}}; {{c.phone}} not in the source"])
    }
}
