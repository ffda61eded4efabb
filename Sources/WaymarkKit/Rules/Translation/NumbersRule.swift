/// The numbers a reader sees must survive translation: a changed `12` in
/// "use at least 12 characters" is a changed instruction (pofilter's
/// `numbers`). Digits are compared, so `1,000`, `1.000` and `1 000` match;
/// phone numbers are the `phone` rule's, and `{{placeholders}}`, code, URLs
/// and link destinations are not prose. Clock times are compared as times,
/// so `8 am to 10 pm` matches `8:00 a 22:00` and `klo 8–22`. A number spelled out ("dos" for 2) is
/// reported too: write the digits, as the source does.
struct NumbersRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "numbers", name: "Numbers",
        summary: "A translation should contain the same numbers as its source (digits compared; separators may differ).",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Use at least 12 characters.", "Usa al menos 8 caracteres.", triggering: true),
            .translation("Take a break every 2 hours.", "Pidä tauko tunnin välein.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Use at least 12 characters.", "Usa al menos 12 caracteres.", triggering: false),
            .translation("Over 1,000 children took part.", "Yli 1 000 lasta osallistui.", locale: "fi", triggering: false),
            .translation("Open 8 am to 10 pm.", "Abierto de 8:00 a 22:00.", triggering: false),
            .translation("Open 8 am to 10:30 pm.", "Auki klo 8–22.30.", locale: "fi", triggering: false),
            .translation("Read [page 2](https://example.org/2).", "Lee [la página 2](https://example.org/2).", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let message = ParityText.differenceMessage("numbers", expected: unit.sourceFacts.numbers, found: unit.translationFacts.numbers) else { return [] }
        return [diagnostic(message, at: unit.location)]
    }

    /// The digits of the numbers (not phone numbers) in `prose`, clock times in one form.
    static func numbers(inProse prose: String) -> [String] {
        ParityText.numberRuns(in: ParityText.normalizingTimes(prose)).filter { !$0.isPhone }.map(\.digits)
    }
}
