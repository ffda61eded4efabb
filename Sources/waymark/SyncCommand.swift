import ArgumentParser
import Foundation
import WaymarkKit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Update Locales/<locale>/*.po to match the source; never loses a translation.",
        discussion: "New segments get empty entries, filled as fuzzy suggestions from the locale's other catalogs (translation memory) when a match is found; changed ones keep their old translation as fuzzy with the previous source (#|); removed ones become obsolete (#~).")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales (default: every target locale).")
    var locales: [String] = []

    @Flag(name: .long, help: "Print what would change; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Do not fill new entries from translation memory.")
    var noMemory = false

    @Option(name: .long, help: ArgumentHelp("Also suggest translations from this PO compendium (repeatable), as msgmerge -C does.", valueName: "FILE.po"))
    var memory: [String] = []

    func validate() throws {
        if noMemory, !memory.isEmpty { throw ValidationError("--no-memory and --memory cannot be used together") }
    }

    /// Reads every `--memory` file; a missing one is a usage error.
    private func compendia() throws -> [MemoryCompendium] {
        try memory.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                printStatus("error: cannot read compendium \(path)")
                throw ExitCode(2)
            }
            return MemoryCompendium(path: path, data: data)
        }
    }

    func run() throws {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        let selection = locales.isEmpty ? nil : locales.flatMap { $0.split(separator: ",").map(String.init) }
        let lock = dryRun ? nil : try project.lock(for: "sync")
        defer { withExtendedLifetime(lock) {} }
        let synchronizer = CatalogSynchronizer(locales: selection, sourceDateEpoch: epoch, useMemory: !noMemory, compendia: try compendia())
        let result = synchronizer.sync(project.readFiles())
        diagnostics.print(result.diagnostics)
        if result.isConfigurationFailure { throw ExitCode(2) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        for update in result.changed {
            let suggested = update.suggested > 0 ? " (\(update.suggested) suggested from memory)" : ""
            print("\(dryRun ? "would update" : "updated") \(update.path): +\(update.added) new\(suggested), \(update.fuzzied) fuzzy, \(update.obsoleted) obsolete, \(update.revived) revived")
            if dryRun { for line in update.changeLines { print("    \(line)") } }
        }
        if result.changed.isEmpty { print("catalogs are in sync (\(result.updates.count) checked)") }
        var writes = result.changed.map { ($0.path, $0.contents) }
        if let ledger = result.untranslatedLedger {
            writes.append((CatalogSynchronizer.untranslatedLedgerPath, ledger))
            print("\(dryRun ? "would update" : "updated") \(CatalogSynchronizer.untranslatedLedgerPath) (segments untranslated in every locale)")
        }
        guard !dryRun else { return }
        do {
            try ProjectFileWriter.writeAll(writes, projectRoot: project.root)
        } catch {
            printStatus("error: cannot write catalogs: \(error); nothing was changed")
            throw ExitCode(1)
        }
    }
}
