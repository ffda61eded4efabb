import Foundation
import Testing
@testable import WaymarkKit

/// The fix plan applies safe suggestions whole, and never one that would garble a file.
struct FixPlanTests {
    static func at(_ line: Int, _ column: Int) -> WaymarkKit.SourceLocation { WaymarkKit.SourceLocation(path: "a.txt", line: line, column: column) }

    static func diagnostic(_ replacements: [Replacement], safe: Bool = true) -> Diagnostic {
        Diagnostic(.error, "x", at: at(1, 1), rule: "r", suggestions: [Suggestion("fix", replacements: replacements, isSafe: safe)])
    }

    static let files = ProjectFiles(texts: ["a.txt": "nme: 1\nsay hi\n"])

    static func result(_ diagnostics: [Diagnostic]) -> String? {
        FixPlan(diagnostics: diagnostics, files: files).changes.first.map { String(decoding: $0.after, as: UTF8.self) }
    }

    @Test func appliesReplacementsAndInsertions() {
        let plan = FixPlan(diagnostics: [
            Self.diagnostic([Replacement(Self.at(1, 1)..<Self.at(1, 4), with: "name", expecting: "nme")]),
            Self.diagnostic([Replacement(Self.at(2, 7)..<Self.at(2, 7), with: ".")]),
        ], files: Self.files)
        #expect(plan.appliedCount == 2)
        #expect(plan.changes.map { String(decoding: $0.after, as: UTF8.self) } == ["name: 1\nsay hi.\n"])
        #expect(plan.applied(to: Self.files).files["a.txt"] == Data("name: 1\nsay hi.\n".utf8))
    }

    @Test func skipsUnsafeOverlappingMisplacedAndDuplicateSuggestions() {
        let name = Replacement(Self.at(1, 1)..<Self.at(1, 4), with: "name")
        #expect(Self.result([Self.diagnostic([name], safe: false)]) == nil)
        #expect(Self.result([Self.diagnostic([Replacement(Self.at(1, 1)..<Self.at(1, 4), with: "x", expecting: "abc")])]) == nil)
        #expect(Self.result([Self.diagnostic([Replacement(Self.at(1, 5)..<Self.at(1, 30), with: "x")])]) == nil, "past the line end")
        #expect(Self.result([Self.diagnostic([Replacement(Self.at(9, 1)..<Self.at(9, 1), with: "x")])]) == nil, "no such line")
        #expect(Self.result([Self.diagnostic([name]), Self.diagnostic([Replacement(Self.at(1, 2)..<Self.at(1, 3), with: "a")])]) == "name: 1\nsay hi\n")
        #expect(FixPlan(diagnostics: [Self.diagnostic([name]), Self.diagnostic([name])], files: Self.files).appliedCount == 1)
    }
}
