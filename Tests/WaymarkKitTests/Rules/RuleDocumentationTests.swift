import Foundation
import Testing
@testable import WaymarkKit

struct RuleDocumentationTests {
    /// docs/rules.md is generated; this fails when a rule changed and the docs were not regenerated
    /// (`swift run waymark rules --markdown > docs/rules.md`).
    @Test func docsMatchTheRules() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("docs/rules.md")
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == RuleDocumentation.markdown(), "regenerate docs/rules.md with `waymark rules --markdown > docs/rules.md`")
    }

    @Test func everyRuleIDIsUniqueAndKebabCase() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }
}
