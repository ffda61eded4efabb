import Testing
@testable import WaymarkKit

struct GlossaryLoaderTests {
    @Test func readsTermsNotesAndTranslationsWithLines() {
        let yaml = """
            # Agreed terms
            - term: trusted adult
              note: Not necessarily a parent.
              translations: {es: adulto de confianza, fi: turvallinen aikuinen}
            - term: helpline
              translations:
                es: [línea de ayuda, teléfono de ayuda]
            """
        let (terms, diagnostics) = GlossaryLoader.load(text: yaml)
        #expect(diagnostics.isEmpty)
        #expect(terms == [
            GlossaryTerm(term: "trusted adult", note: "Not necessarily a parent.",
                         translations: ["es": ["adulto de confianza"], "fi": ["turvallinen aikuinen"]],
                         location: WaymarkKit.SourceLocation(path: GlossaryLoader.path, line: 2, column: 9)),
            GlossaryTerm(term: "helpline", translations: ["es": ["línea de ayuda", "teléfono de ayuda"]],
                         location: WaymarkKit.SourceLocation(path: GlossaryLoader.path, line: 5, column: 9)),
        ])
    }

    @Test func agreedTranslationPrefersExactTagThenLanguage() {
        let term = GlossaryTerm(term: "computer", translations: ["es": ["ordenador"], "es-MX": ["computadora"]],
                                location: WaymarkKit.SourceLocation(path: GlossaryLoader.path))
        #expect(term.agreedTranslations(for: "es-MX") == ["computadora"])
        #expect(term.agreedTranslations(for: "es-ES") == ["ordenador"])
        #expect(term.agreedTranslations(for: "fi") == [])
    }

    @Test(arguments: [
        ("term: trusted adult\n", "the glossary must be a list of {term, note, translations} entries, found a mapping", 1, 1),
        ("- note: no term\n  translations: {es: x}\n", "a glossary entry needs a 'term'", 1, 3),
        ("- term: adult\n  translation: {es: adulto}\n", "unknown key 'translation' in a glossary entry", 2, 3),
        ("- term: adult\n  translations: [adulto]\n", "'translations' must map locales to the agreed translation, found a list", 2, 17),
        ("- term: [adult]\n", "'term' must be a string, found a list", 1, 9),
    ])
    func reportsMalformedEntriesWhereTheyAre(yaml: String, message: String, line: Int, column: Int) {
        let (_, diagnostics) = GlossaryLoader.load(text: yaml)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.location == WaymarkKit.SourceLocation(path: GlossaryLoader.path, line: line, column: column))
        #expect(diagnostics.first?.ruleID == "glossary")
    }

    @Test func keepsGoodEntriesNextToBadOnes() {
        let (terms, diagnostics) = GlossaryLoader.load(text: "- term: adult\n  translations: {es: adulto}\n- 42\n")
        #expect(terms.map(\.term) == ["adult"])
        #expect(diagnostics.count == 1)
    }

    @Test func reportsYAMLSyntaxErrors() {
        let (terms, diagnostics) = GlossaryLoader.load(text: "- term: [adult\n")
        #expect(terms.isEmpty)
        #expect(diagnostics.first?.ruleID == "yaml-syntax")
    }
}
