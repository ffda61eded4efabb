/// A translation QA rule that looks at one translated entry at a time. The
/// localization stage calls `check(unit:)` for every translated (non-empty,
/// non-fuzzy) entry of every catalog; `check(_ context:)` stays empty.
protocol TranslationUnitRule: Rule {
    /// Problems of this rule in one translated entry, at `unit.location`.
    func check(unit: TranslationUnitCheck) -> [Diagnostic]
}

/// The translation QA rules that run per entry, in report order.
enum TranslationUnitRules {
    static let all: [any TranslationUnitRule.Type] = [
        PlaceholderMismatchRule.self, MarkupMismatchRule.self, URLChangedRule.self, SameAsSourceRule.self,
        LengthRatioRule.self, GlossaryRule.self, TrailingPunctuationRule.self,
    ]
        + ParityRules.all

    /// Every per-entry problem of `unit`. An empty translation is not checked
    /// (it is untranslated, which publishing reports).
    static func check(_ unit: TranslationUnitCheck) -> [Diagnostic] {
        guard !unit.translation.isEmpty else { return [] }
        return all.flatMap { $0.init().check(unit: unit) }
    }
}
