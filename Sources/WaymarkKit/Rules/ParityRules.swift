/// The checks Weblate and pofilter users expect (docs/rules.md maps each of
/// theirs to ours), run per translated entry after Waymark's own QA rules.
enum ParityRules {
    static let all: [any TranslationUnitRule.Type] = [
        DoubleSpaceRule.self, DoubledWordRule.self, NumbersRule.self, EmailRule.self, PhoneRule.self,
        BracketsRule.self, QuotesRule.self, NewlineCountRule.self, LeadingTrailingSpaceRule.self, MarkdownSyntaxRule.self,
    ]
}
