import Testing
@testable import WaymarkKit

/// The Weblate/pofilter table in docs/rules.md names only real rules and
/// says why whenever it names none.
struct RuleParityTableTests {
    @Test func everyNamedRuleExists() {
        let ids = RuleRegistry.ids
        for row in RuleParityTable.rows {
            if let rule = row.rule { #expect(ids.contains(rule), "\(row.tool) \(row.check): no rule '\(rule)'") }
            else { #expect(!row.note.isEmpty, "\(row.tool) \(row.check): say why there is no rule") }
        }
    }

    @Test func everyParityRuleIsInTheTable() {
        let named = Set(RuleParityTable.rows.compactMap(\.rule))
        for id in ParityRules.all.map({ $0.description.id }) + [InconsistentRule.description.id, ReusedTranslationRule.description.id] {
            #expect(named.contains(id) || ["phone"].contains(id), "\(id) answers no Weblate or pofilter check")
        }
    }
}
