import Testing
@testable import WaymarkKit

struct SameAsSourceRuleTests {
    let rule = SameAsSourceRule()

    @Test(arguments: [
        ("Ask a trusted adult for help.", "Ask a trusted adult for help.", "es"),
        ("Never share your **password**.", "Never  share your **password**.", "fi"),
        ("Call {{helplines.0.phone}} if you feel unsafe.", "Call {{helplines.0.phone}} if you feel unsafe.", "fi"),
        ("Stay safe online", "Stay safe online", "es"),
    ])
    func reportsCopiedSource(source: String, translation: String, locale: String) {
        let found = rule.check(unit: TranslationQA.unit(source, translation, locale: locale, glossary: TranslationQA.glossary))
        TranslationQA.expectOne(found, of: SameAsSourceRule.self)
    }

    @Test(arguments: [
        "WhatsApp", "iPhone SE", "112", "0800 000 000", "24/7", "<https://example.org>", "{{helplines.0.phone}}",
        "`git status`", "chat", "Email: help@example.org", "OK", "SMS", "Start", "Soita 112",
    ])
    func acceptsTextWithNothingToTranslate(text: String) {
        #expect(rule.check(unit: TranslationQA.unit(text, text, glossary: TranslationQA.glossary)).isEmpty)
    }

    @Test(arguments: ["Safety Tips", "Google Play", "Online Safety for Kids", "Open WhatsApp"])
    func reportsTitleCaseTextNotInTheGlossary(text: String) {
        TranslationQA.expectOne(rule.check(unit: TranslationQA.unit(text, text, locale: "fi")), of: SameAsSourceRule.self)
    }

    @Test func acceptsGlossaryTermsAgreedToStayTheSame() {
        let glossary = GlossaryLoader.load(text: "- term: chat room\n  translations: {fi: chat room}\n- term: Google Play\n  translations: {es: Google Play, fi: Google Play}\n").terms
        #expect(rule.check(unit: TranslationQA.unit("chat room", "chat room", locale: "fi", glossary: glossary)).isEmpty)
        #expect(rule.check(unit: TranslationQA.unit("Google Play", "Google Play", locale: "fi", glossary: glossary)).isEmpty)
        #expect(rule.check(unit: TranslationQA.unit("Google Play SMS", "Google Play SMS", locale: "es", glossary: glossary)).isEmpty)
        #expect(!rule.check(unit: TranslationQA.unit("chat room", "chat room", locale: "es", glossary: glossary)).isEmpty)
        #expect(!rule.check(unit: TranslationQA.unit("Install Google Play", "Install Google Play", locale: "es", glossary: glossary)).isEmpty)
    }

    @Test func acceptsRealTranslations() {
        #expect(rule.check(unit: TranslationQA.unit("Ask a trusted adult for help.", "Pide ayuda a un adulto de confianza.")).isEmpty)
    }
}
