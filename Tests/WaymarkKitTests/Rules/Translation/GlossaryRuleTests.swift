import Testing
@testable import WaymarkKit

struct GlossaryRuleTests {
    let rule = GlossaryRule()

    @Test(arguments: [
        ("Talk to a trusted adult.", "Habla con un adulto responsable.", "es"),
        ("Talk to a trusted adult.", "Puhu luotettavan aikuisen kanssa.", "fi"),
        ("Never share your password.", "Nunca compartas tu clave.", "es"),
        ("Never share your password.", "Älä koskaan kerro tunnussanaasi.", "fi"),
        ("Call the helpline.", "Llama al número de apoyo.", "es"),
    ])
    func reportsTermsNotTranslatedAsAgreed(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale, glossary: TranslationQA.glossary))
        TranslationQA.expectOne(found, of: GlossaryRule.self)
    }

    @Test(arguments: [
        ("Talk to a trusted adult.", "Puhu turvallisen aikuisen kanssa.", "fi"),
        ("Trusted adults can help.", "Los adultos de confianza pueden ayudar.", "es"),
        ("Never share your **password**.", "Älä koskaan kerro **salasanaasi** kenellekään.", "fi"),
        ("Never share your password.", "Nunca compartas tu contraseña.", "es"),
        ("Call the helpline.", "Llama al teléfono de ayuda.", "es"),
        ("Call the helpline.", "Soita auttavaan puhelimeen.", "fi"),
        ("Open WhatsApp.", "Abre WhatsApp.", "es"),
        ("Talk to a trusted adult.", "Puhu turvallisen aikuisen kanssa.", "sv"),
        ("Stay safe online.", "Mantente a salvo en internet.", "es"),
        ("Call {{helplines.0.phone}}.", "Llama al {{helplines.0.phone}}.", "es"),
        ("See [this page](https://example.org/password-help).", "Katso [tämä sivu](https://example.org/password-help).", "fi"),
    ])
    func acceptsAgreedTranslationsInflected(source: String, translation: String, locale: String) {
        #expect(rule.check(unit: TranslationQA.unit(source, translation, locale: locale, glossary: TranslationQA.glossary)).isEmpty)
    }

    @Test func regionalLocaleFallsBackToLanguage() {
        let found = rule.check(unit: TranslationQA.unit("Talk to a trusted adult.", "Habla con un adulto responsable.",
                                                         locale: "es-MX", glossary: TranslationQA.glossary))
        #expect(found.count == 1)
    }

    @Test func messageAndNotesPointAtTheGlossary() throws {
        let found = rule.check(unit: TranslationQA.unit("Talk to a trusted adult.", "Habla con un adulto responsable.", glossary: TranslationQA.glossary))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "'trusted adult' should be translated as 'adulto de confianza' (glossary)")
        #expect(diagnostic.notes == ["A grown-up the child chooses; not necessarily a parent.", "agreed in Source-Content/_data/glossary.yaml:1:9"])
    }
}
