/// `waymark import` never silently replaces a translation that changed in the
/// catalog after export: such a unit is skipped (or overwritten with
/// `--force`) and reported at the unit in the package (`ImportMerge`). A
/// warning: the rest of the package is still imported.
struct ImportConflictRule: ImportRule {
    static let description = RuleDescription(
        id: "import-conflict", name: "Import conflict",
        summary: "An imported translation differs from one changed in the catalog since export; it is skipped unless --force.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .xliffImport(catalogTranslation: "Llama a una persona adulta de confianza.", unit: RuleExample.xliffUnit(
                source: "Call a trusted adult.", target: "Llama a un adulto de confianza.", marked: true)),
        ],
        nonTriggeringExamples: [
            .xliffImport(catalogTranslation: "Llama a un adulto de confianza.", unit: RuleExample.xliffUnit(
                source: "Call a trusted adult.", target: "Llama a un adulto de confianza.")),
        ])
}
