/// Terms agreed in `Source-Content/_data/glossary.yaml` must be translated as
/// agreed, so a child meets the same words on every page and in every
/// programme. Matching ignores case and accents and tolerates inflection
/// (`turvallisen aikuisen` for `turvallinen aikuinen`, `adultos de confianza`
/// for `adulto de confianza`); see `GlossaryMatcher`.
struct GlossaryRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "glossary", name: "Glossary",
        summary: "A glossary term in the source must be translated as agreed in Source-Content/_data/glossary.yaml.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Talk to a trusted adult.", "Habla con un adulto responsable.", triggering: true, files: exampleGlossary),
            .translation("Talk to a trusted adult.", "Puhu luotettavan aikuisen kanssa.", locale: "fi", triggering: true, files: exampleGlossary),
        ],
        nonTriggeringExamples: [
            .translation("Talk to a trusted adult.", "Puhu turvallisen aikuisen kanssa.", locale: "fi", triggering: false, files: exampleGlossary),
            .translation("Trusted adults can help.", "Los adultos de confianza pueden ayudar.", triggering: false, files: exampleGlossary),
        ])

    /// The glossary the examples use.
    static let exampleGlossary = RuleExample.glossary(
        term: "trusted adult", translations: ["es": "adulto de confianza", "fi": "turvallinen aikuinen"],
        note: "A grown-up the child chooses; not necessarily a parent.")

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard !unit.glossary.isEmpty else { return [] }
        // Only the words a reader sees: `{{helplines.0.name}}` is no "helpline".
        let source = GlossaryMatcher.words(unit.sourceProse.text)
        let translation = GlossaryMatcher.words(unit.translationProse.text)
        return unit.glossary.compactMap { term -> Diagnostic? in
            let agreed = term.agreedTranslations(for: unit.locale)
            guard !agreed.isEmpty, GlossaryMatcher.source(words: source, containsTerm: term.termWords) else { return nil }
            let used = agreed.contains { GlossaryMatcher.translation(words: translation, contains: $0, language: unit.language) }
            guard !used else { return nil }
            let wanted = agreed.map { "'\($0)'" }.joined(separator: " or ")
            var notes = ["agreed in \(term.location)"]
            if let note = term.note { notes.insert(note, at: 0) }
            return diagnostic("'\(term.term)' should be translated as \(wanted) (glossary)", at: unit.location, notes: notes)
        }
    }
}
