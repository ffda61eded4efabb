import Foundation
import Testing
@testable import WaymarkKit

/// Runs every rule's own examples through the whole checker: each triggering
/// example must report that rule exactly at its `↓`; each non-triggering one
/// must not report it at all. The examples are the docs `waymark rules --examples` prints.
struct RuleExamplesTests {
    static let marker = "↓"

    @Test(arguments: RuleRegistry.descriptions.map(\.id))
    func triggeringExamplesReportAtMarker(ruleID: String) throws {
        let rule = try #require(RuleRegistry.descriptions.first { $0.id == ruleID })
        #expect(!rule.triggeringExamples.isEmpty, "every rule needs a triggering example")
        for example in rule.triggeringExamples {
            let (files, expected) = Self.prepare(example)
            let found = Self.run(files).filter { $0.ruleID == ruleID }
            #expect(!found.isEmpty, "\(ruleID) did not trigger on \(example.files)")
            if let expected {
                #expect(found.contains { $0.location == expected }, "\(ruleID) expected at \(expected), got \(found.map(\.location))")
            }
        }
    }

    @Test(arguments: RuleRegistry.descriptions.map(\.id))
    func nonTriggeringExamplesStaySilent(ruleID: String) throws {
        let rule = try #require(RuleRegistry.descriptions.first { $0.id == ruleID })
        #expect(!rule.nonTriggeringExamples.isEmpty, "every rule needs a non-triggering example")
        for example in rule.nonTriggeringExamples {
            let (files, _) = Self.prepare(example)
            let found = Self.run(files).filter { $0.ruleID == ruleID }
            #expect(found.isEmpty, "\(ruleID) triggered on a passing example: \(found)")
        }
    }

    /// Checks the example project; an example that carries an import package
    /// (`RuleExample.importPath`) is imported instead, as `waymark import` would.
    static func run(_ files: [String: String]) -> [Diagnostic] {
        var projectFiles = files
        if let package = projectFiles.removeValue(forKey: RuleExample.importPath) {
            return CatalogImporter().importPackage(Data(package.utf8), path: RuleExample.importPath, into: ProjectFixture.files(projectFiles)).diagnostics
        }
        return Compiler().check(ProjectFixture.files(projectFiles)).diagnostics
    }

    /// Removes the marker and returns where it was (line, UTF-8 byte column).
    static func prepare(_ example: RuleExample) -> ([String: String], WaymarkKit.SourceLocation?) {
        var files: [String: String] = [:]
        var location: WaymarkKit.SourceLocation?
        for (path, text) in example.files {
            if let range = text.range(of: marker) {
                let before = text[..<range.lowerBound]
                let line = before.filter { $0 == "\n" }.count + 1
                let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
                let column = before[lineStart...].utf8.count + 1
                location = WaymarkKit.SourceLocation(path: path, line: line, column: column)
            }
            files[path] = text.replacingOccurrences(of: marker, with: "")
        }
        return (files, location)
    }
}
