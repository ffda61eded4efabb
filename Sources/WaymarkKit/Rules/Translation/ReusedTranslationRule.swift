/// One translation for two different source texts usually means one of them
/// was pasted into the wrong entry, or the translator missed a difference
/// the writer meant (Weblate's "Reused translation"). Sources that differ
/// only in case, spacing or punctuation ("Help" and "Help:") may rightly
/// share a translation and are not reported.
struct ReusedTranslationRule: Rule {
    static let description = RuleDescription(
        id: "reused-translation", name: "Reused translation",
        summary: "One translation should not be used for two different source texts in a locale.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .twoCatalogs(("Ask a trusted adult.", "Pide ayuda a un adulto."),
                         ("Tell a trusted adult.", "Pide ayuda a un adulto."), triggering: true),
        ],
        nonTriggeringExamples: [
            .twoCatalogs(("Ask a trusted adult.", "Kysy luotettavalta aikuiselta."),
                         ("Tell a trusted adult.", "Kerro luotettavalle aikuiselle."), locale: "fi", triggering: false),
            .twoCatalogs(("Help", "Ayuda"), ("Help:", "Ayuda"), triggering: false),
        ])
}
