import Foundation
import Testing
@testable import WaymarkKit

/// Runs every rule's own examples through the whole checker, exactly as
/// SwiftLint's `verifyExamples` does: in a triggering example each `↓` (in any
/// file of it: page, catalog, waymark.yaml, XLIFF package) marks exactly one
/// diagnostic of that rule, so a missing one, an extra one or one in another
/// place (line and column) fails. A non-triggering example reports nothing of
/// that rule. The examples are the docs `waymark rules --examples` prints.
struct RuleExamplesTests {
    static let marker = "↓"

    @Test(arguments: RuleRegistry.descriptions.map(\.id))
    func triggeringExamplesReportExactlyAtTheMarkers(ruleID: String) throws {
        let rule = try #require(RuleRegistry.descriptions.first { $0.id == ruleID })
        #expect(!rule.triggeringExamples.isEmpty, "every rule needs a triggering example")
        for example in rule.triggeringExamples {
            let (files, expected) = Self.prepare(example)
            #expect(!expected.isEmpty, "\(ruleID): a triggering example needs a ↓ where each diagnostic lands: \(example.files.keys.sorted())")
            let found = Self.run(files).filter { $0.ruleID == ruleID }
            let missing = expected.subtractingOnce(found.map(\.location))
            let extra = found.map(\.location).subtractingOnce(expected)
            #expect(missing.isEmpty && extra.isEmpty,
                    "\(ruleID): missing \(missing.map(\.description)), unexpected \(extra.map(\.description)); reported: \(found.map(\.description))")
        }
    }

    @Test(arguments: RuleRegistry.descriptions.map(\.id))
    func nonTriggeringExamplesStaySilent(ruleID: String) throws {
        let rule = try #require(RuleRegistry.descriptions.first { $0.id == ruleID })
        #expect(!rule.nonTriggeringExamples.isEmpty, "every rule needs a non-triggering example")
        for example in rule.nonTriggeringExamples {
            let (files, expected) = Self.prepare(example)
            #expect(expected.isEmpty, "\(ruleID): a non-triggering example has no ↓")
            let found = Self.run(files).filter { $0.ruleID == ruleID }
            #expect(found.isEmpty, "\(ruleID) triggered on a passing example: \(found)")
        }
    }

    @Test func markersAreFoundInEveryFileWithUTF8Columns() {
        let (files, expected) = Self.prepare(RuleExample(["a.md": "é↓x\n↓y", "b.po": "↓z"]))
        #expect(files == ["a.md": "éx\ny", "b.po": "z"])
        #expect(expected.sorted() == [SourceLocation(path: "a.md", line: 1, column: 3), SourceLocation(path: "a.md", line: 2, column: 1),
                                      SourceLocation(path: "b.po", line: 1, column: 1)])
    }

    /// Checks the example project; an example that carries an import package
    /// (`RuleExample.importPath`) is imported instead, as `waymark import` would.
    static func run(_ files: [String: String]) -> [Diagnostic] {
        var projectFiles = files
        if let package = projectFiles.removeValue(forKey: RuleExample.importPath) {
            return CatalogImporter().importPackage(Data(package.utf8), path: RuleExample.importPath, into: ProjectFixture.files(projectFiles)).diagnostics
        }
        if let marker = projectFiles.removeValue(forKey: RuleExample.cacheMarkerPath) {
            return checkWithCache(marker: marker, files: ProjectFixture.files(projectFiles))
        }
        return Compiler().check(ProjectFixture.files(projectFiles)).diagnostics
    }

    /// Checks with a build cache whose marker file holds `marker`, in a temporary project folder.
    static func checkWithCache(marker: String, files: ProjectFiles) -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-cache-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let markerURL = root.appendingPathComponent(RuleExample.cacheMarkerPath)
        try? FileManager.default.createDirectory(at: markerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(marker.utf8).write(to: markerURL)
        var options = BuildOptions()
        options.cache = BuildCache(projectRoot: root)
        return Compiler(options: options).check(files).diagnostics
    }

    /// Removes every marker and returns where each one was (line, UTF-8 byte column).
    static func prepare(_ example: RuleExample) -> ([String: String], [WaymarkKit.SourceLocation]) {
        var files: [String: String] = [:]
        var locations: [WaymarkKit.SourceLocation] = []
        for (path, text) in example.files {
            var clean = ""
            var line = 1
            var column = 1
            for character in text {
                if String(character) == marker {
                    locations.append(WaymarkKit.SourceLocation(path: path, line: line, column: column))
                    continue
                }
                clean.append(character)
                if character == "\n" || character == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += character.utf8.count
                }
            }
            files[path] = clean
        }
        return (files, locations)
    }
}

extension Array where Element == WaymarkKit.SourceLocation {
    /// These locations without one occurrence of each of `other`'s (a multiset difference).
    func subtractingOnce(_ other: [WaymarkKit.SourceLocation]) -> [WaymarkKit.SourceLocation] {
        var remaining = self
        for location in other {
            if let index = remaining.firstIndex(of: location) { remaining.remove(at: index) }
        }
        return remaining
    }
}
