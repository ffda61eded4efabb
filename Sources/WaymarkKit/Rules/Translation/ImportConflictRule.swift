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

    /// The conflict of importing `newTarget` from `unit` over the catalog's `current`
    /// translation, or nil: there is one when the catalog changed since export (its
    /// hash differs from the exported one, or it was exported without one and has a
    /// translation now) and the import would replace it. `entry` is the catalog place.
    static func check(_ unit: InterchangeUnit, importing newTarget: String, over current: String, force: Bool,
                      at place: SourceLocation, entry: String) -> Diagnostic? {
        let changedSinceExport = unit.exportedTargetHash.map { $0 != InterchangeUnit.targetHash(current) } ?? !current.isEmpty
        guard changedSinceExport, newTarget != current else { return nil }
        let action = force ? "overwritten (--force)" : "not imported; use --force to overwrite"
        return diagnostic("translation changed since export (now \"\(current)\"); \(action)", at: place, notes: [entry])
    }
}
