import Foundation
import Testing
@testable import WaymarkKit

/// The fixes `trailing-punctuation` and `placeholder-mismatch` suggest, applied
/// to a real catalog through the whole checker: what `check --fix` would write.
struct TranslationFixTests {
    /// The catalog after applying the safe suggestions of `ruleID`, or nil when there is none.
    static func fixed(_ example: RuleExample, rule ruleID: String, locale: String = "es") -> (diagnostic: Diagnostic?, catalog: String?) {
        let files = ProjectFixture.files(example.files)
        let diagnostics = Compiler().check(files).diagnostics.filter { $0.ruleID == ruleID }
        let plan = FixPlan(diagnostics: diagnostics, files: files)
        let path = RuleExample.catalogPath(locale: locale)
        return (diagnostics.first, plan.changes.first { $0.path == path }.map { String(decoding: $0.after, as: UTF8.self) })
    }

    @Test(arguments: [
        ("Ask for help.", "Pide ayuda", "es", "msgstr \"Pide ayuda.\""),
        ("Are you safe online?", "Olet turvassa verkossa.", "fi", "msgstr \"Olet turvassa verkossa?\""),
        ("You can:", "Puedes.", "es", "msgstr \"Puedes:\""),
        ("Wait...", "Odota", "fi", "msgstr \"Odota...\""),
        ("Say \"stop.\"", "Sano \\\"lopeta\\\"", "fi", "msgstr \"Sano \\\"lopeta.\\\"\""),
        ("Ask for **help.**", "Pide **ayuda**  ", "es", "msgstr \"Pide **ayuda.**  \""),
    ])
    func trailingPunctuationIsFixedAtTheMark(source: String, translation: String, locale: String, expected: String) throws {
        let example = RuleExample.translation(source, translation.replacingOccurrences(of: "\\\"", with: "\""), locale: locale, triggering: false)
        let (diagnostic, catalog) = Self.fixed(example, rule: "trailing-punctuation", locale: locale)
        #expect(diagnostic?.suggestions.first?.isSafe == true, "\(String(describing: diagnostic))")
        let text = try #require(catalog)
        #expect(text.contains(expected + "\n"), "\(text)")
        #expect(POParser.parse(text, path: "x.po").diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Are you safe online?", "Estás a salvo en internet", "es"),
        ("Ask for help.", "助けを求めてください", "ja"),
        ("Are you safe?", "Es-tu en sécurité", "fr"),
    ])
    func trailingPunctuationNeedsAPersonWhereTheMarkIsNotTheWholeFix(source: String, translation: String, locale: String) {
        let example = RuleExample.translation(source, translation, locale: locale, triggering: false)
        let (diagnostic, catalog) = Self.fixed(example, rule: "trailing-punctuation", locale: locale)
        #expect(diagnostic != nil)
        #expect(catalog == nil, "\(String(describing: catalog))")
    }

    @Test func aMisspelledPlaceholderIsFixedInEveryPlaceButAnAmbiguousOneIsNot() throws {
        let files = PlaceholderMismatchRule.helplines
        let typo = RuleExample.translation("Call {{helplines.0.phone}} now, {{helplines.0.phone}}.",
                                           "Llama al {{helplines.0.phne}} ahora, {{ helplines.0.phne }}.", triggering: false, files: files)
        let (diagnostic, catalog) = Self.fixed(typo, rule: "placeholder-mismatch")
        #expect(diagnostic?.suggestions.map(\.summary) == ["replace {{helplines.0.phne}} with {{helplines.0.phone}}"])
        #expect(try #require(catalog).contains("msgstr \"Llama al {{helplines.0.phone}} ahora, {{ helplines.0.phone }}.\"\n"))
        let ambiguous = RuleExample.translation("Call {{helplines.0.name}} on {{helplines.0.phone}}.",
                                                "Llama al {{helplines.0.nam}} en {{helplines.0.phne}}.", triggering: false, files: files)
        #expect(Self.fixed(ambiguous, rule: "placeholder-mismatch").catalog?.contains("{{helplines.0.name}} en {{helplines.0.phone}}") == true,
                "two separate typos are each one edit from one name")
        let two = RuleExample.translation("Call {{helplines.0.phone}}.", "Llama al {{helplines.0.phne}} {{helplines.0.phon}}.",
                                          triggering: false, files: files)
        #expect(Self.fixed(two, rule: "placeholder-mismatch").catalog == nil, "two candidates for one name: a person decides")
    }
}
