import Foundation
import Testing
@testable import WaymarkKit

/// The translator's loop from the README, run with the real binary on a copy
/// of the sample project: sync, status, export, translate, import, build.
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLITranslatorLoopTests {
    /// A throwaway copy of the sample project (content, catalogs, config).
    static func copyOfSample() throws -> URL {
        let files = TestPaths.sampleProject.files
        return try WaymarkProcess.makeProject(files.mapValues { String(decoding: $0, as: UTF8.self) })
    }

    static func catalogs(_ root: URL) throws -> [String: Data] {
        try CLIBuildTests.readFolder(root.appendingPathComponent("Locales"))
    }

    @Test func syncIsIdempotentOnTheSample() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.catalogs(root)
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("catalogs are in sync"))
        #expect(try Self.catalogs(root) == before)
    }

    /// `sync` keeps `Locales/.untranslated.json` and the next commands read it back:
    /// a hidden file, which the project walk skipped until it was named as Waymark's own.
    @Test func longUntranslatedCountsSyncsAndReports() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("waymark.yaml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "long-untranslated: { syncs: 2 }\n").utf8).write(to: config)
        let page = root.appendingPathComponent("Source-Content/online-road-safety/09-new-page.md")
        try Data("---\ntitle: A new page\n---\nNobody has translated this sentence yet.\n".utf8).write(to: page)
        for _ in 0..<3 {
            let sync = try WaymarkProcess.run(["sync", "--project", root.path])
            #expect(sync.status == 0, "\(sync.stderr)")
            // A sync that changes no catalog does not count; a new source line does, so change one each time.
            try Data((try String(contentsOf: page, encoding: .utf8) + "\nOne more line \(UUID().uuidString.prefix(4)).\n").utf8).write(to: page)
        }
        let ledger = try String(contentsOf: root.appendingPathComponent("Locales/.untranslated.json"), encoding: .utf8)
        #expect(ledger.contains("\"syncs\" : 3"), "\(ledger)")
        let check = try WaymarkProcess.run(["check", "--project", root.path])
        #expect(check.stderr.contains("09-new-page.md:4:1: warning:"), "\(check.stderr)")
        #expect(check.stderr.contains("[long-untranslated]"), "\(check.stderr)")
    }

    @Test func editingASourceParagraphMakesItsTranslationFuzzy() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("Source-Content/online-road-safety/02-strong-passwords.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        let catalog = POParser.parse(data: try Data(contentsOf: root.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")), path: "es").catalog
        let original = try #require(catalog.liveEntries.first { $0.msgid.count > 40 && !$0.msgid.contains("\n") })
        text = text.replacingOccurrences(of: original.msgid, with: original.msgid.replacingOccurrences(of: ".", with: " today."))
        try Data(text.utf8).write(to: page)
        let dryRun = try WaymarkProcess.run(["sync", "--dry-run", "--project", root.path])
        #expect(dryRun.stdout.contains("fuzzied:"), "\(dryRun.stdout)")
        #expect(try WaymarkProcess.run(["sync", "--project", root.path]).status == 0)
        let synced = POParser.parse(data: try Data(contentsOf: root.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")), path: "es").catalog
        let fuzzy = try #require(synced.liveEntries.first { $0.isFuzzy })
        #expect(fuzzy.previousMsgid == original.msgid)
        #expect(fuzzy.msgstr == original.msgstr, "the translation is kept, marked fuzzy")
        let check = try WaymarkProcess.run(["check", "--project", root.path])
        #expect(check.stderr.contains("[fuzzy]"))
        let status = try WaymarkProcess.run(["status", "--json", "--project", root.path])
        #expect(status.stdout.contains("\"fuzzy\" : 1"))
    }

    @Test func statusMinExitsOneBelowThreshold() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let strict = try WaymarkProcess.run(["status", "--min", "0.9", "--project", root.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("fi is"))
        let spanishOnly = try WaymarkProcess.run(["status", "--min", "0.9", "--locales", "es", "--project", root.path])
        #expect(spanishOnly.status == 0, "\(spanishOnly.stderr)")
        #expect(try WaymarkProcess.run(["status", "--min", "7", "--project", root.path]).status == 2)
    }

    /// Export the missing Finnish units, translate them by a script, import:
    /// the catalogs change exactly as if the PO files had been edited.
    @Test func exportTranslateImportFillsTheCatalogs() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let xliff = root.appendingPathComponent("fi.xlf").path
        let export = try WaymarkProcess.run(["export", "--locale", "fi", "--only", "untranslated", "-o", xliff, "--project", root.path])
        #expect(export.status == 0, "\(export.stderr)")
        var package = try String(contentsOfFile: xliff, encoding: .utf8)
        // A "translator": copy each source into its target, prefixed, keeping the inline codes.
        package = package.replacingOccurrences(of: "<segment state=\"initial\">", with: "<segment state=\"translated\">")
        let sources = package.components(separatedBy: "<source>")
        var translated = sources[0]
        for part in sources.dropFirst() {
            let end = part.range(of: "</source>")!
            let source = String(part[..<end.lowerBound])
            translated += "<source>" + source + "</source>\n        <target>FI " + source + "</target>" + part[end.upperBound...]
        }
        try Data(translated.utf8).write(to: URL(fileURLWithPath: xliff))
        let dryRun = try WaymarkProcess.run(["import", xliff, "--dry-run", "--project", root.path])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        let before = try Self.catalogs(root)
        #expect(try Self.catalogs(root) == before, "dry run writes nothing")
        let imported = try WaymarkProcess.run(["import", xliff, "--project", root.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let status = try WaymarkProcess.run(["status", "--json", "--locales", "fi", "--project", root.path])
        #expect(status.stdout.contains("\"untranslated\" : 0"), "\(status.stdout)")
        // Importing the same package again is a no-op.
        let after = try Self.catalogs(root)
        #expect(try WaymarkProcess.run(["import", xliff, "--project", root.path]).status == 0)
        #expect(try Self.catalogs(root) == after)
    }

    @Test func hostileXLIFFChangesNothing() throws {
        let root = try Self.copyOfSample()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.catalogs(root)
        let path = root.appendingPathComponent("evil.xlf").path
        try Data("""
        <?xml version="1.0"?>
        <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fi"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>
        """.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = try WaymarkProcess.run(["import", path, "--project", root.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("evil.xlf:2:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("[xliff-syntax]"))
        #expect(!outcome.stderr.contains("root:"), "no file content leaks")
        #expect(try Self.catalogs(root) == before)
    }

    @Test func exportedPackagesValidateAgainstTheOASISSchemas() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            // Shown as a known issue (a visible skip), not a pass: `make test` installs the tool.
            withKnownIssue("xmllint (libxml2-utils) is required; make test installs it; skipped") { Issue.record("skipped") }
            return
        }
        let schemas = TestPaths.packageRoot.appendingPathComponent("../shared/conformance/schemas").standardizedFileURL
        for (format, schema) in [("xliff2", "xliff_core_2.0.xsd"), ("xliff12", "xliff-core-1.2-strict.xsd")] {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("wm-\(format)-\(UUID().uuidString).xlf")
            defer { try? FileManager.default.removeItem(at: out) }
            let export = try WaymarkProcess.run(["export", "--locale", "es", "--format", format, "-o", out.path, "--project", TestPaths.packageRoot.path])
            #expect(export.status == 0, "\(export.stderr)")
            let lint = Process()
            lint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            lint.arguments = ["--noout", "--nonet", "--schema", schemas.appendingPathComponent(schema).path, out.path]
            lint.standardError = FileHandle.nullDevice
            try lint.run()
            lint.waitUntilExit()
            #expect(lint.terminationStatus == 0, "\(format) export does not validate against \(schema)")
        }
    }
}
