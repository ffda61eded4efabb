/// A translation QA rule that looks at one translation at a time (the
/// catalog-entry phase): `CatalogQA` calls `check(unit:)` for every translated
/// (non-empty, non-fuzzy) entry of every catalog, and `waymark import` for
/// every imported unit (`importGate`).
protocol TranslationUnitRule: Rule {
    /// Problems of this rule in one translated entry, at `unit.location`.
    func check(unit: TranslationUnitCheck) -> [Diagnostic]
}

extension TranslationUnitRule {
    static var phase: RulePhase { .catalogEntry }
}

/// The translation QA rules that run per entry, in report order.
enum TranslationUnitRules {
    static let all: [any TranslationUnitRule.Type] = trust + [
        PlaceholderMismatchRule.self, MarkupMismatchRule.self, URLChangedRule.self, SameAsSourceRule.self,
        LengthRatioRule.self, GlossaryRule.self, TrailingPunctuationRule.self,
    ]
        + ParityRules.all

    /// The rules of the translation trust boundary (SPEC §4) that also run on fuzzy
    /// entries, which `publish-fuzzy: true` publishes: a poisoned entry is poisoned in any state.
    static let trust: [any TranslationUnitRule.Type] = [UnsafeHTMLRule.self, UnsafeURLRule.self, ControlCharacterRule.self]

    /// What an imported translation must pass to be imported (`import` refuses the
    /// package on any of these errors, with the XLIFF unit's location).
    static let importGate: [any TranslationUnitRule.Type] = [UnsafeHTMLRule.self, UnsafeURLRule.self, MarkupMismatchRule.self]

    /// Every per-entry problem of `unit`. An empty translation is not checked
    /// (it is untranslated, which publishing reports).
    static func check(_ unit: TranslationUnitCheck, rules: [any TranslationUnitRule.Type] = all) -> [Diagnostic] {
        guard !unit.translation.isEmpty else { return [] }
        return rules.flatMap { $0.init().check(unit: unit) }
    }
}
