import Foundation
import Testing
@testable import WaymarkKit

/// The translation rules' examples checked without the pipeline: every
/// catalog in them is valid PO, and each per-entry QA rule reports exactly at
/// its `↓` (and stays silent on its non-triggering examples) when its
/// `check(unit:)` is called the way the localization stage calls it.
struct TranslationRuleExampleTests {
    static let unitRuleIDs = TranslationUnitRules.all.map { $0.description.id }
    static let allIDs = TranslationRules.all.map { $0.description.id }

    @Test func coversTheSpecRulesOnce() {
        let spec: Set = ["untranslated", "fuzzy", "obsolete", "placeholder-mismatch", "markup-mismatch", "url-changed", "same-as-source",
                         "length-ratio", "glossary", "trailing-punctuation", "readability", "po-syntax", "xliff-syntax",
                         "stale-import", "import-conflict",
                         // Issue 13: consistency across catalogs and the Weblate/pofilter parity checks.
                         "inconsistent", "reused-translation", "double-space", "doubled-word", "numbers", "email", "phone",
                         "brackets", "quotes", "newline-count", "leading-trailing-space", "markdown-syntax", "long-untranslated",
                         // SPEC §4's trust boundary, and control characters (issue 14).
                         "unsafe-html", "unsafe-url", "control-character"]
        #expect(Set(Self.allIDs) == spec)
        #expect(Self.allIDs.count == spec.count)
    }

    @Test(arguments: allIDs)
    func hasBothKindsOfExamples(id: String) throws {
        let description = try #require(TranslationRules.all.first { $0.description.id == id }?.description)
        #expect(!description.triggeringExamples.isEmpty)
        #expect(!description.nonTriggeringExamples.isEmpty)
        for example in description.triggeringExamples {
            #expect(ExampleProject(example).marker != nil, "triggering example of \(id) has no ↓")
        }
        for example in description.nonTriggeringExamples {
            #expect(ExampleProject(example).marker == nil, "non-triggering example of \(id) has a ↓")
        }
    }

    @Test(arguments: allIDs)
    func examplesCatalogsAreValidPO(id: String) throws {
        let description = try #require(TranslationRules.all.first { $0.description.id == id }?.description)
        for (example, triggering) in description.triggeringExamples.map({ ($0, true) }) + description.nonTriggeringExamples.map({ ($0, false) }) {
            let project = ExampleProject(example)
            for (path, text) in project.files where path.hasSuffix(".po") {
                let diagnostics = POParser.parse(text, path: path).diagnostics
                if id == "po-syntax", triggering {
                    #expect(diagnostics.contains { $0.location == project.marker }, "po-syntax at \(String(describing: project.marker)): \(diagnostics)")
                } else {
                    #expect(diagnostics.isEmpty, "\(id): \(path): \(diagnostics)")
                }
            }
        }
    }

    @Test(arguments: unitRuleIDs)
    func unitRuleReportsAtMarker(id: String) throws {
        let rule = try #require(TranslationUnitRules.all.first { $0.description.id == id })
        // Examples in source pages or import packages are run through the whole
        // checker by RuleExamplesTests; here only those marked in a catalog.
        let catalogExamples = rule.description.triggeringExamples.filter { ExampleProject($0).marker?.path.hasSuffix(".po") == true }
        #expect(!catalogExamples.isEmpty, "\(id) needs a triggering example in a catalog")
        for example in catalogExamples {
            let project = ExampleProject(example)
            let unit = try #require(project.paragraphUnit())
            let found = rule.init().check(unit: unit)
            #expect(found.map(\.location) == [project.marker].compactMap { $0 }, "\(id) on \(unit): \(found)")
            #expect(found.allSatisfy { $0.ruleID == id && $0.severity == rule.description.defaultSeverity })
        }
        for example in rule.description.nonTriggeringExamples {
            guard let unit = ExampleProject(example).paragraphUnit() else { continue }
            #expect(rule.init().check(unit: unit).isEmpty, "\(id) triggered on \(unit)")
        }
    }

    @Test func msgfmtAcceptsExampleCatalogs() throws {
        guard let msgfmt = ExampleProject.executable("msgfmt") else {
            print("msgfmt unavailable: skipping msgfmt --check of example catalogs (apt: gettext)")
            return
        }
        let examples = TranslationUnitRules.all.flatMap { $0.description.triggeringExamples + $0.description.nonTriggeringExamples }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-qa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, example) in examples.enumerated() {
            for (path, text) in ExampleProject(example).files where path.hasSuffix(".po") {
                let file = folder.appendingPathComponent("\(index).po")
                try text.write(to: file, atomically: true, encoding: .utf8)
                let process = Process()
                process.executableURL = msgfmt
                process.arguments = ["--check", "-o", "/dev/null", file.path]
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "msgfmt --check failed on \(path):\n\(text)")
            }
        }
    }
}
