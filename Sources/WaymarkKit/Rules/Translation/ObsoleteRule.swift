/// An obsolete (`#~`) entry's source is gone from the page. `sync` keeps it so
/// no translation is lost; once nothing can reuse it, a translator deletes it.
/// Reported at the obsolete entry's `#~ msgstr` line.
struct ObsoleteRule: CatalogEntryRule {
    static let description = RuleDescription(
        id: "obsolete", name: "Obsolete entry",
        summary: "A catalog keeps an obsolete (#~) entry whose source no longer exists; reuse or delete it.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Call a trusted adult.", "Llama a un adulto de confianza.", triggering: false,
                         appending: "#~ msgid \"Phone a friend.\"\n↓#~ msgstr \"Llama a un amigo.\"\n"),
        ],
        nonTriggeringExamples: [
            .translation("Call a trusted adult.", "Llama a un adulto de confianza.", triggering: false),
        ])

    /// An obsolete (`#~`) entry, at its `#~ msgstr` line.
    func check(_ entry: POEntry, at location: SourceLocation, path: String) -> [Diagnostic] {
        guard entry.state == .obsolete else { return [] }
        return [diagnostic("obsolete entry \"\(entry.msgid.excerpt())\": its source is gone; reuse the translation or delete the entry", at: location)]
    }
}
