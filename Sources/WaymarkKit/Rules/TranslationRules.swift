/// Every rule of the translation domain, for `RuleRegistry`: the per-entry QA
/// rules, then the rules whose diagnostics come from other stages (catalog
/// state, PO parsing, import, readability).
enum TranslationRules {
    static let all: [any Rule.Type] = TranslationUnitRules.all + [
        UntranslatedRule.self, FuzzyRule.self, ObsoleteRule.self, POSyntaxRule.self, XLIFFSyntaxRule.self,
        StaleImportRule.self, ImportConflictRule.self, ReadabilityRule.self,
    ] + [InconsistentRule.self, ReusedTranslationRule.self, LongUntranslatedRule.self]
}
