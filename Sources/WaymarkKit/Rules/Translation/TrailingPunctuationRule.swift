/// A translation should end like its source: a question stays a question, a
/// lead-in colon stays a colon (a list follows), a sentence keeps its full
/// stop. Script equivalents count as the same mark (`FinalPunctuation`);
/// sources without a final mark (headings, labels) are not checked. The
/// visible text is compared, so `[more](a.md).` ends with `.` and
/// `Type \`help.\`` ends with code, not a full stop.
struct TrailingPunctuationRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "trailing-punctuation", name: "Trailing punctuation",
        summary: "A translation should end with the same sentence-final mark (. ! ? : …) as its source.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask for help.", "Pide ayuda", triggering: true),
            .translation("Are you safe online?", "Olet turvassa verkossa.", locale: "fi", triggering: true),
            .translation("You can:", "Puedes.", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Are you safe online?", "¿Estás a salvo en internet?", triggering: false),
            .translation("Stay safe online", "Pysy turvassa verkossa", locale: "fi", triggering: false),
            .translation("**Stop!**", "**¡Para!**", triggering: false),
            .translation("Wait...", "Odota…", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let expected = FinalPunctuation(endOf: unit.sourceProse.text) else { return [] }
        let found = FinalPunctuation(endOf: unit.translationProse.text)
        guard found != expected else { return [] }
        let ending = found.map { "with '\($0.rawValue)'" } ?? "without punctuation"
        return [diagnostic("the source ends with '\(expected.rawValue)' but the translation ends \(ending)", at: unit.location)]
    }
}
