/// A phone number in a translation must be the source's: on a help page a
/// wrong digit sends a reader in crisis to a stranger. Digits are compared,
/// so `0800 123 456` and `0800-123-456` match. A number the source marks as a
/// placeholder (`{{helplines.0.phone}}`) or writes as code is not checked here
/// (`placeholder-mismatch` keeps placeholders); `tel:` links are `url-changed`'s.
struct PhoneRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "phone", name: "Phone numbers",
        summary: "Phone numbers written in a translation must be the source's (digits compared).",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Call 0800 123 456 any time.", "Llama al 0800 123 465 cuando quieras.", triggering: true),
            .translation("Call +358 40 123 4567.", "Soita.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Call 0800 123 456 any time.", "Soita numeroon 0800-123-456 milloin tahansa.", locale: "fi", triggering: false),
            .translation("Call {{helplines.0.phone}} any time.", "Llama al {{helplines.0.phone}} cuando quieras.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let message = ParityText.differenceMessage("phone numbers", single: "phone number", expected: unit.sourceFacts.phones,
                                                         found: unit.translationFacts.phones) else { return [] }
        return [diagnostic(message, at: unit.location)]
    }

    /// The digits of the phone numbers in `prose`.
    static func phones(inProse prose: String) -> [String] {
        ParityText.numberRuns(in: prose).filter(\.isPhone).map(\.digits)
    }
}
