/// A fuzzy entry holds a translation of an older source (kept by `sync`, with
/// the old source in `#| msgid`); it is not published until a translator
/// reviews it and removes the flag. Reported at the entry's `msgstr` line.
struct FuzzyRule: Rule {
    static let description = RuleDescription(
        id: "fuzzy", name: "Fuzzy translation",
        summary: "A fuzzy entry's source changed since it was translated; review the translation and remove the 'fuzzy' flag.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Call a trusted adult today.", "Llama a un adulto de confianza.", triggering: true,
                         flags: ["fuzzy"], previous: "Call a trusted adult."),
        ],
        nonTriggeringExamples: [
            .translation("Call a trusted adult today.", "Llama hoy a un adulto de confianza.", triggering: false),
        ])
}
