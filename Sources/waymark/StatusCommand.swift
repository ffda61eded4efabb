import ArgumentParser
import Foundation
import WaymarkKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show translated, fuzzy and untranslated counts per locale and program.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales.")
    var locales: [String] = []

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    @Option(name: .long, help: "Exit 1 if any shown locale is less complete than this share (0...1).")
    var min: Double?

    func validate() throws {
        if let min, !(0...1).contains(min) { throw ValidationError("--min must be between 0 and 1, e.g. 0.9") }
    }

    func run() throws {
        let selection = locales.isEmpty ? nil : locales.flatMap { $0.split(separator: ",").map(String.init) }
        let (report, problems) = StatusReport.make(project.readFiles(), locales: selection)
        if !problems.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(problems, as: .text).utf8)) }
        guard let report else { throw ExitCode(2) }
        if json {
            print(try StableJSON.string(report), terminator: "")
        } else {
            print(report.table(), terminator: "")
        }
        if let min {
            let below = report.locales(below: min)
            for status in below { printStatus("\(status.locale) is \(String(format: "%.1f", status.total.completeness * 100))% complete, below --min \(min)") }
            if !below.isEmpty { throw ExitCode(1) }
        }
    }
}
