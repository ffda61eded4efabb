/// One translation for two different source texts usually means one of them
/// was pasted into the wrong entry, or the translator missed a difference
/// the writer meant (Weblate's "Reused translation"). Sources that differ
/// only in case, spacing or punctuation ("Help" and "Help:") may rightly
/// share a translation and are not reported.
struct ReusedTranslationRule: CatalogRule {
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

    /// A later place whose translation an earlier place already uses for a different source.
    func check(_ places: [CatalogPlace]) -> [Diagnostic] {
        var first: [String: Int] = [:]
        first.reserveCapacity(places.count)
        var diagnostics: [Diagnostic] = []
        for (position, place) in places.enumerated() where place.entry.msgidPlural == nil {
            let translation = place.entry.msgstr
            guard let earlierPosition = first[translation] else {
                first[translation] = position
                continue
            }
            let earlier = places[earlierPosition]
            // The same source (most repeats: a table cell, a button) folds the same.
            guard earlier.entry.msgid != place.entry.msgid, Self.folded(earlier.entry.msgid) != Self.folded(place.entry.msgid) else { continue }
            diagnostics.append(diagnostic(
                "\"\(translation.excerpt())\" also translates a different source; here the source is \"\(place.entry.msgid.excerpt())\"",
                at: place.location, related: [RelatedLocation("the same translation for \"\(earlier.entry.msgid.excerpt())\"", at: earlier.location)]))
        }
        return diagnostics
    }

    /// A source without case, whitespace and punctuation, so `Help` and `Help:` are one text.
    private static func folded(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
