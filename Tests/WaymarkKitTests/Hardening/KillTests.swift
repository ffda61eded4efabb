import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14: `build`, `sync` and `import` killed with SIGKILL at random
/// moments, and at the exact steps of the channel swap (forced with
/// `WAYMARK_TEST_KILL_AT`). After every trial: every channel matches its
/// manifest, every catalog passes `msgfmt --check-format`, and no translation
/// is lost. `WAYMARK_KILL_TRIALS` sets the trials per command (default 100;
/// `make test-long` runs 1000).
@Suite(.serialized) struct KillTests {
    static let trials = ProcessInfo.processInfo.environment["WAYMARK_KILL_TRIALS"].flatMap(Int.init) ?? 100
    let manager = FileManager.default

    /// A small project: two pages, two target locales, the three channels,
    /// with Spanish fully and Finnish partly translated.
    static func smallProject() throws -> URL {
        let page = { (title: String) in "---\ntitle: \(title)\ndescription: About \(title).\n---\n\n## Part one\n\nFirst paragraph of \(title).\n\n- A list item\n- Another item\n\nLast paragraph.\n" }
        let root = try WaymarkProcess.makeProject([
            "waymark.yaml": """
            source-locale: en
            locales: [en, es, fi]
            audiences:
              general:
                readability: {}
            channels:
              - {name: web, format: html, profile: web, fallback: source}
              - {name: onion, format: html, profile: tor, fallback: source}
              - {name: app, format: json, fallback: source}

            """,
            "Source-Content/guide/_program.yaml": "title: Guide\ndescription: A small guide.\naudience: general\norder: 1\n",
            "Source-Content/guide/01-start.md": page("Start"),
            "Source-Content/guide/02-next.md": page("Next"),
            "Source-Content/_ui.yaml": "footer-note: Call your local emergency number.\n",
        ])
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        guard sync.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: sync.stderr]) }
        try translateAll(root, locale: "es", prefix: "ES")
        try translateAll(root, locale: "fi", prefix: "FI", every: 2)
        return root
    }

    /// Fills every `every`-th entry of a locale's catalogs with "PREFIX msgid".
    static func translateAll(_ root: URL, locale: String, prefix: String, every: Int = 1) throws {
        for url in HardeningSupport.catalogs(in: root.appendingPathComponent("Locales/\(locale)")) {
            var catalog = POParser.parse(data: try Data(contentsOf: url), path: url.lastPathComponent).catalog
            for index in catalog.entries.indices where index % every == 0 {
                catalog.entries[index].translations = catalog.entries[index].translations.map { _ in "\(prefix) \(catalog.entries[index].msgid)" }
            }
            try POWriter.data(catalog).write(to: url)
        }
    }

    /// Starts `arguments`, kills it after `delay` seconds unless it ended; returns the exit status.
    static func runAndKill(_ arguments: [String], after delay: Double, environment: [String: String] = [:]) throws -> Int32 {
        let process = Process()
        process.executableURL = try #require(WaymarkProcess.executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning, Date() < deadline { usleep(1_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Every channel folder matches its manifest (no partial channel ever).
    /// With `recoverable`, a channel may instead be missing while a complete
    /// `.previous-<channel>.*` waits for the next build to put it back (the
    /// portable two-rename swap killed between its renames).
    func expectChannelsMatchManifests(_ root: URL, recoverable: Bool = false, _ trial: String) {
        for channel in ["web", "onion", "app"] {
            var folder = root.appendingPathComponent("Build/\(channel)")
            if !manager.fileExists(atPath: folder.path) {
                let aside = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent("Build").path))?.first { $0.hasPrefix(".previous-\(channel).") }
                guard recoverable, let aside else {
                    Issue.record("\(trial): Build/\(channel) is missing (recoverable: \(recoverable))")
                    continue
                }
                folder = root.appendingPathComponent("Build/\(aside)")
            }
            let report = ChannelVerifier.verify(files: HardeningSupport.tree(folder), publicKey: nil)
            #expect(report.isValid, "\(trial): \(folder.lastPathComponent): \(report.problems.prefix(3))")
        }
    }

    /// Catalogs changed since the last call pass `msgfmt --check-format`.
    func expectCatalogsValid(_ root: URL, checked: inout [String: Data], _ trial: String) throws {
        guard let msgfmt = ExternalTool.path("msgfmt") else { return }
        for url in HardeningSupport.catalogs(in: root.appendingPathComponent("Locales")) {
            let data = try Data(contentsOf: url)
            guard checked[url.path] != data else { continue }
            checked[url.path] = data
            let result = try ExternalTool.run(msgfmt, ["--check-format", "-o", "/dev/null", url.path])
            #expect(result.status == 0, "\(trial): \(url.lastPathComponent): \(result.output)")
        }
    }

    /// Translations present before must all be present after (same msgid, same text).
    func expectNothingLost(_ before: [String: Set<String>], _ after: [String: Set<String>], _ trial: String) {
        for (path, entries) in before {
            let missing = entries.subtracting(after[path] ?? [])
            #expect(missing.isEmpty, "\(trial): \(path) lost \(missing.count) translations")
        }
    }

    @Test func killedBuildsNeverLeaveABrokenOrMissingChannel() throws {
        let root = try Self.smallProject()
        defer { try? manager.removeItem(at: root) }
        let first = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(first.status == 0, "\(first.stderr)")
        var random = SeededRandom(seed: 14)
        let forced: [[String: String]] = [
            [PublishTestHook.variable: "staged"], [PublishTestHook.variable: "staged:2"], [PublishTestHook.variable: "swapped"],
            [PublishTestHook.variable: "swapped:3"], [PublishTestHook.variable: "between-renames", ChannelSwap.portableVariable: "1"],
            [PublishTestHook.variable: "between-renames:2", ChannelSwap.portableVariable: "1"],
        ]
        for trial in 0..<Self.trials {
            // Each trial changes a page, so every build really replaces the channels.
            try HardeningSupport.write("---\ntitle: Start\n---\n\nTrial \(trial).\n", to: root.appendingPathComponent("Source-Content/guide/01-start.md"))
            let environment = trial % 4 == 0 ? forced[(trial / 4) % forced.count] : [:]
            _ = try Self.runAndKill(["build", "--project", root.path], after: Double(random.next() % 1_500) / 1_000, environment: environment)
            if environment[ChannelSwap.portableVariable] == nil {
                expectChannelsMatchManifests(root, "build trial \(trial) \(environment)")
            } else {
                // The fallback's one window: repaired by the next build, before it does anything else.
                expectChannelsMatchManifests(root, recoverable: true, "build trial \(trial) \(environment)")
                let repair = try WaymarkProcess.run(["build", "--project", root.path])
                #expect(repair.status == 0, "\(repair.stderr)")
                expectChannelsMatchManifests(root, "repair after trial \(trial)")
            }
        }
        let last = try WaymarkProcess.run(["build", "--project", root.path])
        #expect(last.status == 0)
        expectChannelsMatchManifests(root, "final build")
        // The back buffers (`.back-<channel>`) are the previous generation, kept on purpose, with their states.
        let leftovers = try manager.contentsOfDirectory(atPath: root.appendingPathComponent("Build").path).filter { $0.hasPrefix(".") && !DiskChannelWriter.isBookkeeping($0) }
        #expect(leftovers.isEmpty, "the next build cleans what killed ones left: \(leftovers)")
    }

    @Test func killedSyncsNeverLoseATranslationOrBreakACatalog() throws {
        let root = try Self.smallProject()
        defer { try? manager.removeItem(at: root) }
        let before = try HardeningSupport.translations(in: root.appendingPathComponent("Locales"))
        var checked: [String: Data] = [:]
        var random = SeededRandom(seed: 15)
        var body = "---\ntitle: Next\ndescription: About Next.\n---\n\n## Part one\n\nFirst paragraph of Next.\n\n- A list item\n- Another item\n\nLast paragraph.\n"
        for trial in 0..<Self.trials {
            body += "\nNew paragraph \(trial).\n"
            try HardeningSupport.write(body, to: root.appendingPathComponent("Source-Content/guide/02-next.md"))
            _ = try Self.runAndKill(["sync", "--project", root.path], after: Double(random.next() % 800) / 1_000)
            let after = try HardeningSupport.translations(in: root.appendingPathComponent("Locales"))
            expectNothingLost(before, after, "sync trial \(trial)")
            try expectCatalogsValid(root, checked: &checked, "sync trial \(trial)")
        }
        let final = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(final.status == 0)
        let hidden = HardeningSupport.tree(root.appendingPathComponent("Locales")).keys.filter { $0.split(separator: "/").last?.hasPrefix(".") == true }
        #expect(hidden.isEmpty, "temporary files of killed syncs are removed: \(hidden)")
    }

    @Test func killedImportsNeverLoseATranslationOrBreakACatalog() throws {
        let root = try Self.smallProject()
        defer { try? manager.removeItem(at: root) }
        var packages: [URL] = []
        for name in ["a", "b"] {
            let package = root.appendingPathComponent("fi-\(name).po")
            let export = try WaymarkProcess.run(["export", "--project", root.path, "--locale", "fi", "--format", "po", "-o", package.path])
            #expect(export.status == 0, "\(export.stderr)")
            var catalog = POParser.parse(data: try Data(contentsOf: package), path: "p.po").catalog
            for index in catalog.entries.indices {
                catalog.entries[index].translations = catalog.entries[index].translations.map { _ in "FI-\(name) \(catalog.entries[index].msgid)" }
            }
            try POWriter.data(catalog).write(to: package)
            packages.append(package)
        }
        let before = try HardeningSupport.translations(in: root.appendingPathComponent("Locales"))
        var checked: [String: Data] = [:]
        var random = SeededRandom(seed: 16)
        var translatedUnits = before.values.map(\.count).reduce(0, +)
        for trial in 0..<Self.trials {
            _ = try Self.runAndKill(["import", "--force", packages[trial % 2].path, "--project", root.path], after: Double(random.next() % 800) / 1_000)
            let after = try HardeningSupport.translations(in: root.appendingPathComponent("Locales"))
            // Imports replace translations, so compare counts: a unit once translated stays translated.
            let count = after.values.map(\.count).reduce(0, +)
            #expect(count >= translatedUnits, "import trial \(trial): \(count) translated units, had \(translatedUnits)")
            translatedUnits = max(translatedUnits, count)
            expectNothingLost(before.filter { $0.key.contains("/es/") }, after, "import trial \(trial)")
            try expectCatalogsValid(root, checked: &checked, "import trial \(trial)")
        }
    }
}
