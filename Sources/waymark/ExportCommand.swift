import ArgumentParser
import Foundation
import WaymarkKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one locale's segments as XLIFF 2.0, XLIFF 1.2 or a PO package for a CAT tool.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Target locale.")
    var locale: String

    @Option(name: .long, help: "xliff2, xliff12 or po.")
    var format: CatalogExporter.Format = .xliff2

    @Option(name: .long, help: "all, untranslated (includes fuzzy) or fuzzy.")
    var only: InterchangeSelection = .all

    @Option(name: .long, help: "Only this program's pages.")
    var program: String?

    @Option(name: .shortAndLong, help: "Output file (default: <locale>.xlf or <locale>.po).")
    var output: String?

    func run() throws {
        let result = CatalogExporter(locale: locale, format: format, selection: only, program: program).export(project.readFiles())
        if !result.diagnostics.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(result.diagnostics, as: .text).utf8)) }
        if result.isConfigurationFailure { throw ExitCode(2) }
        guard let contents = result.contents else {
            if result.diagnostics.hasErrors { throw ExitCode(1) }
            print("nothing to export: no \(only.rawValue) segments for \(locale)")
            return
        }
        let path = output ?? "\(locale).\(format == .po ? "po" : "xlf")"
        do {
            try contents.write(to: URL(fileURLWithPath: path))
        } catch {
            printStatus("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("wrote \(path): \(result.unitCount) units")
    }
}

extension CatalogExporter.Format: ExpressibleByArgument {}
extension InterchangeSelection: ExpressibleByArgument {}
