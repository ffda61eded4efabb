import Foundation
import Testing
@testable import WaymarkKit

/// `waymark build` with nothing changed since the last complete build prints
/// that build's diagnostics and leaves `Build/` alone (`BuildJournal`); any
/// changed file, setting or channel folder builds again.
@Suite(.enabled(if: WaymarkProcess.executable != nil, "the waymark binary is built by `swift build --build-tests`"))
struct CLIBuildJournalTests {
    static func sample() throws -> URL {
        try WaymarkProcess.makeProject(TestPaths.sampleProject.files.mapValues { String(decoding: $0, as: UTF8.self) })
    }

    static func build(_ root: URL, _ extra: [String] = []) throws -> WaymarkProcess.Outcome {
        try WaymarkProcess.run(["build", "--project", root.path] + extra)
    }

    /// The diagnostics a build printed, without its status lines.
    static func diagnostics(_ outcome: WaymarkProcess.Outcome) -> [String] {
        outcome.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("built ") && !$0.hasPrefix("not built ") }
    }

    @Test func anUnchangedProjectIsNotBuiltAgain() throws {
        let root = try Self.sample()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("Source-Content/online-road-safety/02-strong-passwords.md")
        // A warning to replay: a Spanish entry marked fuzzy.
        let catalog = root.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")
        var po = try String(contentsOf: catalog, encoding: .utf8)
        let entries = po.ranges(of: "\nmsgid ")
        #expect(entries.count > 2)
        po.insert(contentsOf: "\n#, fuzzy", at: entries[2].lowerBound)
        try Data(po.utf8).write(to: catalog)
        let first = try Self.build(root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stderr.contains("nothing changed"))
        let manifest = root.appendingPathComponent("Build/web/manifest.json").path
        let inode = try #require(FileStamp.of(manifest)).inode
        let tree = IncrementalBuildHarness.tree(root.appendingPathComponent("Build"))

        let second = try Self.build(root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("built web: 53 files in Build/web (nothing changed)"), "\(second.stderr)")
        #expect(Self.diagnostics(second) == Self.diagnostics(first))
        #expect(!Self.diagnostics(second).isEmpty)
        #expect(FileStamp.of(manifest)?.inode == inode, "nothing was swapped in")
        #expect(IncrementalBuildHarness.tree(root.appendingPathComponent("Build")) == tree)

        // The same bytes in a new file (a checkout, a copy) are a change of stamp: built again, to the same output.
        let text = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        try text.write(to: page)
        let third = try Self.build(root)
        #expect(third.status == 0)
        #expect(!third.stderr.contains("nothing changed"))
        #expect(IncrementalBuildHarness.tree(root.appendingPathComponent("Build")) == tree)
    }

    /// `check` after a build with nothing changed prints that build's diagnostics, exactly
    /// as a check that does the work (`--no-cache`) prints them, source lines included.
    @Test func checkAfterAnUnchangedBuildSaysWhatACheckSays() throws {
        let root = try Self.sample()
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = root.appendingPathComponent("Locales/es/online-road-safety/02-strong-passwords.po")
        var po = try String(contentsOf: catalog, encoding: .utf8)
        po.insert(contentsOf: "\n#, fuzzy", at: po.ranges(of: "\nmsgid ")[2].lowerBound)
        // A doubled word too: a QA warning with a range, so its source line is printed under it.
        let entry = po.ranges(of: "\nmsgstr \"")[5]
        po.replaceSubrange(entry, with: "\nmsgstr \"casa casa ")
        try Data(po.utf8).write(to: catalog)
        #expect(try Self.build(root).status == 0)
        let record = root.appendingPathComponent(".waymark-cache/last-build")
        let stamp = FileStamp.of(record.path)
        for extra in [[], ["--format", "json"], ["--strict"]] {
            let replayed = try WaymarkProcess.run(["check", "--project", root.path] + extra)
            let worked = try WaymarkProcess.run(["check", "--no-cache", "--project", root.path] + extra)
            #expect(replayed.status == worked.status, "\(extra)")
            #expect(replayed.stdout == worked.stdout, "\(extra)")
            #expect(replayed.stderr == worked.stderr, "\(extra)")
            #expect((worked.stdout + worked.stderr).contains("doubled-word"), "\(extra): \(worked.stderr)")
        }
        #expect(FileStamp.of(record.path) == stamp, "check reads the record, never writes it")
        // The record stands for the files it read: an edit is checked as usual.
        try Data((po + "\n").utf8).write(to: catalog)
        let edited = try WaymarkProcess.run(["check", "--project", root.path])
        #expect(edited.stderr == (try WaymarkProcess.run(["check", "--no-cache", "--project", root.path])).stderr)
    }

    @Test func anEditSettingsOrAMissingChannelBuildAgain() throws {
        let root = try Self.sample()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).status == 0)
        // Same size, modification time put back: the status-change time still moved.
        let page = root.appendingPathComponent("Source-Content/online-road-safety/02-strong-passwords.md")
        let before = try #require(FileStamp.of(page.path))
        let text = try String(contentsOf: page, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "password", with: "passw0rd")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try Data(edited.utf8).write(to: page)
        var times = [timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000))]
        times.append(times[0])
        #expect(utimensat(AT_FDCWD, page.path, times, 0) == 0)
        let afterEdit = try Self.build(root)
        #expect(!afterEdit.stderr.contains("nothing changed"), "\(afterEdit.stderr)")
        let html = try String(contentsOf: root.appendingPathComponent("Build/web/en/online-road-safety/02-strong-passwords/index.html"), encoding: .utf8)
        #expect(html.contains("passw0rd"))
        #expect(try Self.build(root).stderr.contains("(nothing changed)"))

        // Other settings are another build, and the record then describes that one.
        #expect(!(try Self.build(root, ["--channels", "web"])).stderr.contains("nothing changed"))
        #expect(try Self.build(root, ["--channels", "web"]).stderr.contains("built web: 53 files in Build/web (nothing changed)"))
        #expect(!(try Self.build(root)).stderr.contains("nothing changed"))

        // A channel folder removed or replaced is published again.
        try FileManager.default.removeItem(at: root.appendingPathComponent("Build/app"))
        let rebuilt = try Self.build(root)
        #expect(!rebuilt.stderr.contains("nothing changed"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Build/app/manifest.json").path))
    }

    @Test func aFailedBuildForgetsTheRecord() throws {
        let root = try Self.sample()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).status == 0)
        let page = root.appendingPathComponent("Source-Content/online-road-safety/02-strong-passwords.md")
        let text = try Data(contentsOf: page)
        try Data("no front matter\n".utf8).write(to: page)
        #expect(try Self.build(root).status == 1)
        // Back to the bytes the record was made from: the failed build removed it, so this builds.
        try text.write(to: page)
        let again = try Self.build(root)
        #expect(again.status == 0)
        #expect(!again.stderr.contains("nothing changed"))
        #expect(try Self.build(root).stderr.contains("(nothing changed)"))
    }

    @Test func aDamagedRecordIsReportedAndReplaced() throws {
        let root = try Self.sample()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).status == 0)
        let record = root.appendingPathComponent(".waymark-cache/last-build")
        var bytes = try Data(contentsOf: record)
        bytes[bytes.count / 2] ^= 0x55
        try bytes.write(to: record)
        let damaged = try Self.build(root)
        #expect(damaged.status == 0)
        #expect(damaged.stderr.contains(".waymark-cache/last-build:1:1: warning: the record of the last build is damaged"), "\(damaged.stderr)")
        #expect(damaged.stderr.contains("[cache-corrupt]"))
        let next = try Self.build(root)
        #expect(next.stderr.contains("(nothing changed)"))
        #expect(!next.stderr.contains("cache-corrupt"), "said once, by the build that replaced it")
        // --no-cache neither reads nor trusts it.
        #expect(!(try Self.build(root, ["--no-cache"])).stderr.contains("nothing changed"))
    }
}

/// `BuildJournal` on a real folder: a racily clean file (modified within a clock
/// tick of the walk) is compared by its bytes, since its stamp could not show a second save.
struct BuildJournalTests {
    @Test func aRacilyCleanFileIsComparedByContent() throws {
        let root = try WaymarkProcess.makeProject(ProjectFixture.minimalFiles)
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = try #require(BuildCache(projectRoot: root))
        let journal = BuildJournal(cache: cache)
        let settings = BuildJournal.Settings(buildRoot: root.appendingPathComponent("Build").path, options: BuildOptions(), strict: false, signingKey: nil)
        let started = FileStamp.now()
        let entries = ProjectWalk.entries(projectRoot: root)
        let files = ProjectFileReader.read(entries)
        let warning = Diagnostic(.warning, "a warning", at: SourceLocation(path: "waymark.yaml", line: 1, column: 1), rule: "x")
        journal.record(entries: entries, walkStarted: started, files: files, settings: settings, diagnostics: [warning], exitCode: 0, published: [])
        guard case .upToDate(let record) = journal.verdict(for: entries, settings: settings) else {
            Issue.record("the record of an unchanged walk is up to date")
            return
        }
        #expect(record.diagnostics == [warning])
        #expect(record.racyDigests.count == entries.count, "every file was written just now")

        // Rewritten in the same tick, as far as the stamps show: the old walk's stamps, new bytes.
        let config = root.appendingPathComponent(ConfigurationLoader.fileName)
        var text = try Data(contentsOf: config)
        text[text.startIndex] = text[text.startIndex] == 0x23 ? 0x20 : 0x23
        try text.write(to: config)
        guard case .stale = journal.verdict(for: entries, settings: settings) else {
            Issue.record("a racily clean file with new bytes is a change")
            return
        }
        // Long before the window, a stamp is trusted as it is (git's rule).
        journal.record(entries: entries, walkStarted: started + 10 * BuildJournal.racyWindow, files: files, settings: settings,
                       diagnostics: [], exitCode: 0, published: [])
        guard case .upToDate = journal.verdict(for: entries, settings: settings) else {
            Issue.record("outside the racy window the stamp decides")
            return
        }
        var strict = settings
        strict.strict = true
        guard case .stale(problem: nil) = journal.verdict(for: entries, settings: strict) else {
            Issue.record("other settings are another build")
            return
        }
    }
}
