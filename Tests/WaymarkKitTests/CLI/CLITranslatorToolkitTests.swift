import Foundation
import Testing
@testable import WaymarkKit

/// Issue 13 with the real binary on a copy of the sample: memory suggestions
/// in sync and status, `--no-memory`, `--memory`, the PR table with `--since`,
/// and per-locale `--min` gates.
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLITranslatorToolkitTests {
    /// A sample copy with a new page that repeats a translated Spanish paragraph of the sample.
    static func sampleWithNewPage() throws -> (root: URL, repeated: String) {
        let root = try CLITranslatorLoopTests.copyOfSample()
        let catalog = POParser.parse(data: try Data(contentsOf: root.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")), path: "es").catalog
        let repeated = try #require(catalog.liveEntries.first { $0.state == .translated && $0.msgid.count > 30 && !$0.msgid.contains("\n") && !$0.msgid.contains("{{") }).msgid
        let page = "---\ntitle: Review\n---\n\(repeated)\n\nA completely new sentence about bicycles.\n"
        try Data(page.utf8).write(to: root.appendingPathComponent("Source-Content/online-road-safety/09-review.md"))
        return (root, repeated)
    }

    @Test func syncSuggestsFromMemoryAndStatusCountsSuggestions() throws {
        let (root, repeated) = try Self.sampleWithNewPage()
        defer { try? FileManager.default.removeItem(at: root) }
        let sync = try WaymarkProcess.run(["sync", "--locales", "es", "--project", root.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("09-review.po: +3 new (1 suggested from memory)"), "\(sync.stdout)")
        let catalog = POParser.parse(data: try Data(contentsOf: root.appendingPathComponent("Locales/es/online-road-safety/09-review.po")), path: "es").catalog
        let filled = try #require(catalog.entry(msgctxt: nil, msgid: repeated))
        #expect(filled.isFuzzy && filled.translatorComments.first?.hasPrefix("Translation memory: from Locales/es/online-road-safety/") == true)
        let status = try WaymarkProcess.run(["status", "--locales", "es", "--project", root.path])
        #expect(status.stdout.contains("1 suggestion to review"), "\(status.stdout)")
        let again = try WaymarkProcess.run(["sync", "--locales", "es", "--project", root.path])
        #expect(again.stdout.contains("catalogs are in sync"), "\(again.stdout)")
    }

    @Test func noMemoryAndMissingCompendium() throws {
        let (root, _) = try Self.sampleWithNewPage()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try WaymarkProcess.run(["sync", "--memory", root.appendingPathComponent("nowhere.po").path, "--project", root.path])
        #expect(missing.status == 2 && missing.stderr.contains("cannot read compendium"), "\(missing.stderr)")
        let both = try WaymarkProcess.run(["sync", "--no-memory", "--memory", "x.po", "--project", root.path])
        #expect(both.status == 2)
        let sync = try WaymarkProcess.run(["sync", "--no-memory", "--locales", "es", "--project", root.path])
        #expect(sync.status == 0 && sync.stdout.contains("09-review.po: +3 new,"), "\(sync.stdout)")
    }

    @Test func markdownStatusSinceBaseline() throws {
        let root = try CLITranslatorLoopTests.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let baseline = try WaymarkProcess.run(["status", "--json", "--project", root.path])
        let baselineFile = root.appendingPathComponent("status.json")
        try Data(baseline.stdout.utf8).write(to: baselineFile)
        // Translate one more Finnish entry.
        let path = root.appendingPathComponent("Locales/fi/online-road-safety/06-when-something-feels-wrong.po")
        var catalog = POParser.parse(data: try Data(contentsOf: path), path: "fi").catalog
        let index = try #require(catalog.entries.firstIndex { !$0.isObsolete && $0.state == .untranslated })
        catalog.entries[index].msgstr = "Käännös"
        try POWriter.data(catalog).write(to: path)
        let table = try WaymarkProcess.run(["status", "--format", "markdown", "--since", baselineFile.path, "--project", root.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("### Translation status\n"))
        let finnish = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("| fi ") })
        #expect(finnish.contains("(+1)") && finnish.contains("(-1)"), "\(finnish)")
        let spanish = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("| es ") })
        #expect(!spanish.contains("(+") && !spanish.contains("(-"), "\(spanish)")
        #expect(try WaymarkProcess.run(["status", "--since", baselineFile.path, "--project", root.path]).status == 2)
    }

    @Test func minGatesOnlyTheNamedLocales() throws {
        let root = try CLITranslatorLoopTests.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let finnish = try WaymarkProcess.run(["status", "--min", "0.9", "--locales", "fi", "--project", root.path])
        #expect(finnish.status == 1 && finnish.stderr.contains("fi is") && !finnish.stderr.contains("es is"), "\(finnish.stderr)")
        let spanish = try WaymarkProcess.run(["status", "--min", "0.9", "--locales", "es", "--format", "markdown", "--project", root.path])
        #expect(spanish.status == 0 && !spanish.stdout.contains("| fi "), "\(spanish.stdout)")
    }
}
