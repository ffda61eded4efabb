/// One source text should read the same everywhere in a locale: "Ask a
/// trusted adult" translated two ways on two pages makes readers wonder
/// whether two different things are meant (Weblate's "Inconsistent").
/// Reported at each later place whose translation differs from the first,
/// with the first place as a note. Compares reviewed translations only;
/// entries with different `msgctxt` are different messages.
struct InconsistentRule: CatalogRule {
    static let description = RuleDescription(
        id: "inconsistent", name: "Inconsistent translation",
        summary: "One source text should be translated the same way in every catalog of a locale.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .twoCatalogs(("Ask a trusted adult.", "Pregunta a un adulto de confianza."),
                         ("Ask a trusted adult.", "Habla con un adulto de confianza."), triggering: true),
        ],
        nonTriggeringExamples: [
            .twoCatalogs(("Ask a trusted adult.", "Kysy luotettavalta aikuiselta."),
                         ("Ask a trusted adult.", "Kysy luotettavalta aikuiselta."), locale: "fi", triggering: false),
        ])

    /// A later place translating the same message differently from its first place.
    func check(_ places: [CatalogPlace]) -> [Diagnostic] {
        // Positions, not places: a place is a whole entry, and copying it into the table cost more than the lookups.
        var first: [POMessageKey: Int] = [:]
        first.reserveCapacity(places.count)
        var diagnostics: [Diagnostic] = []
        for (position, place) in places.enumerated() {
            guard let earlierPosition = first[place.entry.key] else {
                first[place.entry.key] = position
                continue
            }
            let earlier = places[earlierPosition]
            guard earlier.entry.translations != place.entry.translations else { continue }
            diagnostics.append(diagnostic(
                "\"\(place.entry.msgid.excerpt())\" is translated as \"\(place.entry.msgstr.excerpt())\" here but differently elsewhere; use one translation",
                at: place.location, related: [RelatedLocation("translated as \"\(earlier.entry.msgstr.excerpt())\"", at: earlier.location)]))
        }
        return diagnostics
    }
}
