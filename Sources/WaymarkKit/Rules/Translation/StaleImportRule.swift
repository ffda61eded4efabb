/// An imported unit must still match the catalog it was exported from. A unit
/// whose entry is gone (error) or whose source changed since export (warning,
/// imported as fuzzy) means the package is older than the catalogs: re-export.
/// Reported by `waymark import` (`ImportMerge`) at the `<unit>` line of the package.
struct StaleImportRule: ImportRule {
    static let description = RuleDescription(
        id: "stale-import", name: "Stale import",
        summary: "An imported XLIFF unit must match an entry of the current catalogs; re-export when the source has changed.",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .xliffImport(catalogTranslation: "", unit: RuleExample.xliffUnit(
                source: "Phone a friend.", target: "Llama a un amigo.", marked: true)),
        ],
        nonTriggeringExamples: [
            .xliffImport(catalogTranslation: "", unit: RuleExample.xliffUnit(
                source: "Call a trusted adult.", target: "Llama a un adulto de confianza.")),
        ])

    /// The milder case, a warning: the unit still matches its entry but the source changed
    /// since export, so it is imported as fuzzy. `entry` is the catalog place (`path:line`).
    static func sourceChanged(now source: String, at place: SourceLocation, entry: String) -> Diagnostic {
        diagnostic("source changed since export; imported as fuzzy (now: \"\(source)\")", at: place, severity: .warning, notes: [entry])
    }
}
