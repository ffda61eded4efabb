/// An imported unit must still match the catalog it was exported from. A unit
/// whose entry is gone (error) or whose source changed since export (warning,
/// imported as fuzzy) means the package is older than the catalogs: re-export.
/// Reported by `waymark import` (`ImportMerge`) at the `<unit>` line of the package.
struct StaleImportRule: Rule {
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
}
