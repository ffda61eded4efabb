import ArgumentParser
import Foundation
import WaymarkKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a translated XLIFF file or PO package back into the catalogs, all or nothing.",
        discussion: "A unit whose source changed since export is imported as fuzzy (stale-import); a translation edited in the catalog since export is a conflict (import-conflict) and is skipped unless --force.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The package from 'waymark export' after translation.")
    var file: String

    @Flag(name: .long, help: "Apply translations even where the catalog changed since export.")
    var force = false

    @Flag(name: .long, help: "Print what would change; write nothing.")
    var dryRun = false

    func run() throws {
        let lock = dryRun ? nil : try project.lock(for: "import")
        defer { withExtendedLifetime(lock) {} }
        let url = URL(fileURLWithPath: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= 50_000_000, let data = try? Data(contentsOf: url) else {
            printStatus("\(file):1:1: error: \(size > 50_000_000 ? "file is larger than 50 MB" : "cannot read the file") [xliff-syntax]")
            throw ExitCode(1)
        }
        let result = CatalogImporter(force: force).importPackage(data, path: file, into: project.readFiles())
        if !result.diagnostics.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(result.diagnostics, as: .text).utf8)) }
        if result.isConfigurationFailure { throw ExitCode(2) }
        if result.diagnostics.hasErrors {
            printStatus("nothing imported: fix the errors above")
            throw ExitCode(1)
        }
        if dryRun {
            if !result.diff.isEmpty { print(result.diff) }
            print("would update \(result.writes.count) catalogs (\(result.changeCount) changes)")
            return
        }
        do {
            try ProjectFileWriter.writeAll(result.writes, projectRoot: project.root)
        } catch {
            printStatus("error: cannot write catalogs: \(error); nothing was changed")
            throw ExitCode(1)
        }
        print("updated \(result.writes.count) catalogs (\(result.changeCount) changes)")
    }
}
