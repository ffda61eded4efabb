import ArgumentParser
import Foundation
import WaymarkKit

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Update Locales/<locale>/*.po to match the source; never loses a translation.",
        discussion: "New segments get empty entries; changed ones keep their old translation as fuzzy with the previous source (#|); removed ones become obsolete (#~).")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales (default: every target locale).")
    var locales: [String] = []

    @Flag(name: .long, help: "Print what would change; write nothing.")
    var dryRun = false

    func run() throws {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        let selection = locales.isEmpty ? nil : locales.flatMap { $0.split(separator: ",").map(String.init) }
        let result = CatalogSynchronizer(locales: selection, sourceDateEpoch: epoch).sync(project.readFiles())
        diagnostics.print(result.diagnostics)
        if result.isConfigurationFailure { throw ExitCode(2) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        for update in result.changed {
            print("\(dryRun ? "would update" : "updated") \(update.path): +\(update.added) new, \(update.fuzzied) fuzzy, \(update.obsoleted) obsolete, \(update.revived) revived")
            if dryRun { for line in update.changeLines { print("    \(line)") } }
        }
        if result.changed.isEmpty { print("catalogs are in sync (\(result.updates.count) checked)") }
        guard !dryRun else { return }
        do {
            try ProjectFileWriter.writeAll(result.changed.map { ($0.path, $0.contents) }, projectRoot: project.root)
        } catch {
            printStatus("error: cannot write catalogs: \(error.localizedDescription); nothing was changed")
            throw ExitCode(1)
        }
    }
}
