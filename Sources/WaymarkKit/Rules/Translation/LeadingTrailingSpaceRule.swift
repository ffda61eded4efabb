/// Space at the start or end of a translation that its source does not have
/// (or the other way round) shows as a gap or a glued word where the segment
/// meets its neighbours (Weblate's "Starting spaces" and "Trailing space").
struct LeadingTrailingSpaceRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "leading-trailing-space", name: "Leading or trailing space",
        summary: "A translation should start and end with whitespace exactly where its source does.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask for help.", " Pide ayuda.", triggering: true),
            .translation("Ask for help.", "Pyydä apua. ", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Ask for help.", "Pide ayuda.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        var problems: [String] = []
        let (source, translation) = (unit.sourceText, unit.translation)
        if (source.first?.isWhitespace ?? false) != (translation.first?.isWhitespace ?? false) {
            problems.append(translation.first?.isWhitespace ?? false ? "starts with a space the source does not have" : "does not start with the source's space")
        }
        if (source.last?.isWhitespace ?? false) != (translation.last?.isWhitespace ?? false) {
            problems.append(translation.last?.isWhitespace ?? false ? "ends with a space the source does not have" : "does not end with the source's space")
        }
        guard !problems.isEmpty else { return [] }
        return [diagnostic("the translation \(problems.joined(separator: " and "))", at: unit.location)]
    }
}
