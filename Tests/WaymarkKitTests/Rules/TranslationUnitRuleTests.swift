import Testing
@testable import WaymarkKit

struct TranslationUnitRuleTests {
    /// Good translations from real programme pages: no rule may complain.
    @Test(arguments: [
        ("Talk to a **trusted adult** if something online scares you.",
         "Habla con un **adulto de confianza** si algo en internet te asusta.", "es"),
        ("Talk to a **trusted adult** if something online scares you.",
         "Puhu **turvallisen aikuisen** kanssa, jos jokin netissä pelottaa sinua.", "fi"),
        ("Call {{helplines.0.name}} on {{helplines.0.phone}}, day or night.",
         "Soita numeroon {{helplines.0.phone}} ({{helplines.0.name}}) mihin aikaan tahansa.", "fi"),
        ("Never share your *password*, not even with friends.", "Nunca compartas tu _contraseña_, ni siquiera con amigos.", "es"),
        ("Is this message from someone you know?", "¿Este mensaje es de alguien que conoces?", "es"),
        ("Read [how to block someone](03-blocking.md) on WhatsApp.", "Lue, [miten estät jonkun](03-blocking.md) WhatsAppissa.", "fi"),
        ("More help: <https://example.org/help>", "Más ayuda: <https://example.org/help>", "es"),
        ("Passwords", "Salasanat", "fi"),
    ])
    func goodTranslationsPassEveryRule(source: String, translation: String, locale: String) {
        let found = TranslationUnitRules.check(TranslationQA.unit(source, translation, locale: locale, glossary: TranslationQA.glossary))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func badTranslationIsReportedByEachRuleItBreaks() {
        let unit = TranslationQA.unit("Call {{helplines.0.phone}} or read [the guide](https://example.org) if you need a trusted adult.",
                                      "Llama ya", glossary: TranslationQA.glossary)
        let rules = Set(TranslationUnitRules.check(unit).map(\.ruleID))
        // The dropped link is markup-mismatch; url-changed is only for URLs shown as text.
        #expect(rules == ["placeholder-mismatch", "markup-mismatch", "length-ratio", "glossary", "trailing-punctuation"])
    }

    @Test func emptyTranslationIsNotChecked() {
        #expect(TranslationUnitRules.check(TranslationQA.unit("Call a trusted adult.", "", glossary: TranslationQA.glossary)).isEmpty)
    }

    @Test func unitKnowsItsLanguage() {
        #expect(TranslationQA.unit("a", "b", locale: "pt-BR").language == "pt")
        #expect(TranslationQA.unit("a", "b", locale: "fi").language == "fi")
    }
}
