import Testing
@testable import WaymarkKit

/// Builds per-entry inputs for the translation QA rule tests.
enum TranslationQA {
    /// Where every test unit's `msgstr` line is.
    static let location = WaymarkKit.SourceLocation(path: "Locales/es/guide/01-start.po", line: 12, column: 1)

    /// A translated entry of `locale` with the given glossary.
    static func unit(_ source: String, _ translation: String, locale: String = "es", glossary: [GlossaryTerm] = []) -> TranslationUnitCheck {
        TranslationUnitCheck(sourceText: source, translation: translation, locale: locale, location: location, glossary: glossary,
                             linkScope: linkScope)
    }

    /// The test entries' page and the pages that exist beside it (`04-missing.md` does not).
    static let linkScope = TranslationLinkScope(
        sourcePath: "Source-Content/guide/01-start.md",
        pageIDs: ["guide/01-start", "guide/02-passwords", "guide/03-help", "guide/03-blocking"])

    /// Expects exactly one diagnostic of `rule`, at its default severity, at `location`.
    static func expectOne<R: Rule>(_ found: [Diagnostic], of rule: R.Type, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.ruleID == R.description.id, sourceLocation: sourceLocation)
        #expect(found.first?.severity == R.description.defaultSeverity, sourceLocation: sourceLocation)
        #expect(found.first?.location == location, sourceLocation: sourceLocation)
    }

    /// The agreed terms most tests use, as a project would write them.
    static let glossary: [GlossaryTerm] = {
        let yaml = """
            - term: trusted adult
              note: A grown-up the child chooses; not necessarily a parent.
              translations: {es: adulto de confianza, fi: turvallinen aikuinen}
            - term: password
              translations: {es: contraseña, fi: salasana}
            - term: helpline
              translations:
                es: [línea de ayuda, teléfono de ayuda]
                fi: auttava puhelin
            - term: WhatsApp
              translations: {es: WhatsApp, fi: WhatsApp}
            """
        return GlossaryLoader.load(text: yaml).terms
    }()
}
