import Foundation
import Testing
@testable import WaymarkKit

/// `check --fix` on a project with one of each fixable problem: a `waymark.yaml`
/// key one edit from a known one, a translation without the source's full stop,
/// a misspelled `{{placeholder}}` in a translation. Also the range, related
/// location and fixes in every format (SARIF validated against the OASIS schema).
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIFixTests {
    static let catalogPath = "Locales/es/guide/01-start.po"

    static let project: [String: String] = ProjectFixture.minimalFiles.merging([
        "waymark.yaml": "source-locale: en\nlocales: [en, es]\nnme: Fix sample\n",
        "Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n",
        "Source-Content/guide/_program.yaml": "title: Guide\n",
        RuleExample.pagePath: "---\ntitle: Start\n---\nAsk for help.\n\nCall {{helplines.0.phone}} now.\n",
        "Locales/es/guide/_program.po": RuleExample.catalogHeader(locale: "es") + "\nmsgid \"Guide\"\nmsgstr \"Guía\"\n",
        catalogPath: RuleExample.catalogHeader(locale: "es") + """

            #: Source-Content/guide/01-start.md:2
            #, fuzzy
            #| msgid "Begin"
            msgid "Start"
            msgstr "Inicio"

            #: Source-Content/guide/01-start.md:4
            msgid "Ask for help."
            msgstr "Pide ayuda"

            #: Source-Content/guide/01-start.md:6
            msgid "Call {{helplines.0.phone}} now."
            msgstr ""
            "Llama al {{helplines.0.phne}} "
            "ahora."

            """,
    ]) { $1 }

    static func contents(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in project.keys { result[path] = try Data(contentsOf: root.appendingPathComponent(path)) }
        return result
    }

    @Test func fixesEachSafeProblemOnceAndDryRunWritesNothing() throws {
        let root = try WaymarkProcess.makeProject(Self.project)
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try WaymarkProcess.run(["check", "--project", root.path])
        #expect(check.status == 2, "\(check.stderr)")
        let lines = check.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "waymark.yaml:3:1: error: unknown key 'nme' in waymark.yaml [config]"), "\(check.stderr)")
        #expect(Array(lines[(header + 1)...(header + 4)]) == [
            "nme: Fix sample", "^~~", "name", "    suggestion: did you mean 'name'? (check --fix applies it)",
        ])

        let before = try Self.contents(root)
        let dryRun = try WaymarkProcess.run(["check", "--fix", "--dry-run", "--project", root.path])
        #expect(try Self.contents(root) == before, "--dry-run changed a file")
        #expect(dryRun.status == 2, "a dry run exits as check would now")
        #expect(dryRun.stdout.contains("--- a/waymark.yaml\n+++ b/waymark.yaml\n@@ -1,3 +1,3 @@\n source-locale: en\n locales: [en, es]\n-nme: Fix sample\n+name: Fix sample\n"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("-msgstr \"Pide ayuda\"\n+msgstr \"Pide ayuda.\"\n"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("-\"Llama al {{helplines.0.phne}} \"\n+\"Llama al {{helplines.0.phone}} \"\n"), "\(dryRun.stdout)")
        #expect(dryRun.stderr.contains("would fix 3 problems in 2 files"), "\(dryRun.stderr)")

        let fix = try WaymarkProcess.run(["check", "--fix", "--project", root.path])
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stderr.contains("fixed 3 problems in 2 files"), "\(fix.stderr)")
        #expect(fix.stderr.contains("[fuzzy]"), "a fuzzy entry needs a person: \(fix.stderr)")
        let yaml = try String(contentsOf: root.appendingPathComponent("waymark.yaml"), encoding: .utf8)
        #expect(yaml == "source-locale: en\nlocales: [en, es]\nname: Fix sample\n")
        let catalog = try String(contentsOf: root.appendingPathComponent(Self.catalogPath), encoding: .utf8)
        #expect(catalog == Self.project[Self.catalogPath]!
            .replacingOccurrences(of: "\"Pide ayuda\"", with: "\"Pide ayuda.\"")
            .replacingOccurrences(of: "phne", with: "phone"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Locales/es/guide").path)
        #expect(leftovers.sorted() == ["01-start.po", "_program.po"], "no temporary files stay behind")

        if let msgfmt = ExternalTool.path("msgfmt") {
            let (status, output) = try ExternalTool.run(msgfmt, ["--check", "-o", "/dev/null", root.appendingPathComponent(Self.catalogPath).path])
            #expect(status == 0, "\(output)")
        } else {
            withKnownIssue("msgfmt is unavailable; catalog validity not checked") { Issue.record("skipped") }
        }

        let after = try Self.contents(root)
        let again = try WaymarkProcess.run(["check", "--fix", "--project", root.path])
        #expect(again.stderr.contains("nothing to fix"), "\(again.stderr)")
        #expect(try Self.contents(root) == after, "a second --fix changed a file")
    }

    @Test func machineFormatsCarryRangesRelatedPlacesAndFixes() throws {
        var files = Self.project
        files["waymark.yaml"] = "source-locale: en\nlocales: [en, es]\n"
        let root = try WaymarkProcess.makeProject(files)
        defer { try? FileManager.default.removeItem(at: root) }

        let github = try WaymarkProcess.run(["check", "--format", "github", "--project", root.path])
        let placeholder = try #require(github.stdout.split(separator: "\n").first { $0.contains("title=placeholder-mismatch") })
        #expect(placeholder.hasPrefix("::error file=\(Self.catalogPath),line=23,col=13,endLine=23,endColumn=28,"), "\(placeholder)")

        let json = try WaymarkProcess.run(["check", "--format", "json", "--project", root.path])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let punctuation = try #require(items.first { $0["rule"] as? String == "trailing-punctuation" })
        let suggestion = try #require((punctuation["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["safe"] as? Bool == true)
        let replacement = try #require((suggestion["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["line"] as? Int == 18 && replacement["column"] as? Int == 19 && replacement["endColumn"] as? Int == 19)
        #expect(replacement["text"] as? String == ".")
        let fuzzy = try #require(items.first { $0["rule"] as? String == "fuzzy" })
        #expect((fuzzy["related"] as? [[String: Any]])?.first?["line"] as? Int == 12)

        let sarif = try WaymarkProcess.run(["check", "--format", "sarif", "--project", root.path])
        #expect(sarif.stdout.contains("\"fixes\"") && sarif.stdout.contains("\"relatedLocations\"") && sarif.stdout.contains("\"endColumn\""))
        try SARIFSchemaCheck.expectValid(sarif.stdout, scratch: root)
    }
}
