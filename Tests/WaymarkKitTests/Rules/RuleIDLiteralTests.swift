import Foundation
import Testing
@testable import WaymarkKit

/// A rule's id is written once, in its rule's file: every diagnostic is made by
/// the rule (`SomeRule.diagnostic(...)`), so renaming a rule cannot silently
/// break `rules:` overrides. This greps `Sources/` for every registered id as
/// a quoted literal and fails on any occurrence outside the rule's own file;
/// it also checks that only rules build diagnostics and that each rule's file
/// is in its category's folder.
struct RuleIDLiteralTests {
    /// Files where an id is also a word of another vocabulary, by file name:
    /// the gettext `fuzzy` flag, JSON and report column names, `waymark.yaml`
    /// keys and a command named after the feature, the `_data` name of the
    /// glossary, pofilter's test names.
    static let otherMeanings: [String: Set<String>] = [
        "POEntry.swift": ["fuzzy"], "POWriter.swift": ["fuzzy"], // the gettext flag
        "UntranslatedRule.swift": ["fuzzy"], // an example entry carries the flag
        "JSONIndexes.swift": ["fuzzy", "untranslated", "obsolete"], // app JSON keys (SPEC §9)
        "JSONChannelRenderer.swift": ["readability"], // app JSON key
        "StatusReport.swift": ["fuzzy", "untranslated", "obsolete"], // CSV columns
        "ProjectReport.swift": ["fuzzy", "untranslated", "obsolete"], // report table columns
        "ConfigurationLoader.swift": ["long-untranslated", "readability"], // waymark.yaml keys
        "GlossaryLoader.swift": ["glossary"], // `{{glossary...}}` data name
        "RuleParityTable.swift": ["brackets", "numbers", "untranslated"], // pofilter test names
        "ReadabilityCommand.swift": ["readability"], // the `waymark readability` command
        "EnglishSyllableCounter.swift": ["readability"], // a word in a comment
    ]

    @Test func noRuleIDLiteralOutsideItsRule() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        let files = try Self.swiftFiles(under: sources)
        let ids = RuleRegistry.descriptions.map(\.id)
        let owners = Self.owners(in: files)
        #expect(Set(owners.keys) == Set(ids), "every id is declared in a RuleDescription: missing \(Set(ids).subtracting(owners.keys).sorted())")
        var stray: [String] = []
        for (path, text) in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            for id in ids where owners[id] != path && !(Self.otherMeanings[name]?.contains(id) ?? false) {
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("\"\(id)\"") {
                    stray.append("\(path):\(number + 1): \"\(id)\"")
                }
            }
        }
        #expect(stray.isEmpty, "use the rule type (SomeRule.diagnostic(...), SomeRule.description.id) instead:\n\(stray.joined(separator: "\n"))")
    }

    /// `Rules/<Category>/` holds each rule, by the category `waymark rules` lists.
    @Test func everyRuleLivesInItsCategoryFolder() throws {
        let owners = Self.owners(in: try Self.swiftFiles(under: TestPaths.packageRoot.appendingPathComponent("Sources")))
        for rule in RuleRegistry.descriptions {
            let folder = "Sources/WaymarkKit/Rules/\(rule.category.rawValue.capitalized)/"
            #expect(owners[rule.id]?.hasPrefix(folder) == true, "\(rule.id) is in \(owners[rule.id] ?? "no file"), not \(folder)")
        }
    }

    /// The file declaring each rule id (`id: "..."` in its `RuleDescription`).
    static func owners(in files: [(String, String)]) -> [String: String] {
        var owners: [String: String] = [:]
        for (path, text) in files {
            for id in RuleRegistry.descriptions.map(\.id) where text.contains("id: \"\(id)\"") { owners[id] = path }
        }
        return owners
    }

    /// Only `Rule.diagnostic` builds a `Diagnostic` from parts; the exceptions are a
    /// broken Waymark build (`ChannelResource.missing`), which is no rule of the project,
    /// and the build cache's decoder, which restores diagnostics rules made in an earlier build.
    @Test func diagnosticsAreMadeByRules() throws {
        let files = try Self.swiftFiles(under: TestPaths.packageRoot.appendingPathComponent("Sources"))
        let allowed: Set<String> = ["Sources/WaymarkKit/Rules/Rule.swift", "Sources/WaymarkKit/Channels/ChannelResource.swift",
                                    "Sources/WaymarkKit/Cache/DiagnosticCoding.swift"]
        let pattern = try Regex("(^|[^A-Za-z])Diagnostic\\(")
        var made: [String] = []
        for (path, text) in files where !allowed.contains(path) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(pattern) {
                made.append("\(path):\(number + 1)")
            }
        }
        #expect(made.isEmpty, "make the diagnostic with its rule (SomeRule.diagnostic(...)):\n\(made.joined(separator: "\n"))")
    }

    /// Every `.swift` file under `root`, as (path relative to the package, text).
    static func swiftFiles(under root: URL) throws -> [(String, String)] {
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        let base = TestPaths.packageRoot.standardizedFileURL.path + "/"
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let path = url.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(files.count > 100, "found the sources under \(root.path)")
        return files
    }
}
