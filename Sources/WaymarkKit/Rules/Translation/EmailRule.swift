/// E-mail addresses in a translation (written out or as `mailto:` links)
/// must be the source's: a changed address sends a reader's message to
/// someone else. An address the source keeps in a `{{placeholder}}` is
/// `placeholder-mismatch`'s concern. Compared without case.
struct EmailRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "email", name: "E-mail addresses",
        summary: "E-mail addresses in a translation must be the source's.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Write to help@example.org.", "Escribe a ayuda@example.org.", triggering: true),
            .translation("Write to [us](mailto:help@example.org).", "Kirjoita [meille](mailto:apu@example.org).", locale: "fi",
                         triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Write to help@example.org.", "Kirjoita osoitteeseen help@example.org.", locale: "fi", triggering: false),
            .translation("Write to [us](mailto:help@example.org).", "Escríbenos a <Help@Example.org>.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let message = ParityText.differenceMessage("e-mail addresses", single: "e-mail address", expected: unit.sourceFacts.emailAddresses,
                                                         found: unit.translationFacts.emailAddresses) else { return [] }
        return [diagnostic(message, at: unit.location)]
    }

    /// Distinct addresses, lowercased, from `mailto:` URLs and bare addresses.
    static func addresses(_ text: String) -> [String] {
        var seen: Set<String> = []
        return URLScanner.urls(in: text).compactMap { url -> String? in
            guard url.lowercased().hasPrefix("mailto:") else { return nil }
            let address = String(url.dropFirst("mailto:".count).prefix { $0 != "?" }).lowercased()
            return seen.insert(address).inserted ? address : nil
        }
    }
}
