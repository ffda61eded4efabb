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

    /// What `status` prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Flag(name: .long, help: "Print JSON instead of a table (same as --format json).")
    var json = false

    @Option(name: .long, help: "Output: text (table per program), json (for scripts and --since), markdown (a table for a pull-request comment).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Show the change since this earlier `status --json` output (with --format markdown).", valueName: "status.json"))
    var since: String?

    @Option(name: .long, help: "Exit 1 if any shown locale is less complete than this share (0...1).")
    var min: Double?

    func validate() throws {
        if let min, !(0...1).contains(min) { throw ValidationError("--min must be between 0 and 1, e.g. 0.9") }
        if json, format != .text, format != .json { throw ValidationError("--json and --format \(format.rawValue) cannot be used together") }
        if since != nil, format != .markdown { throw ValidationError("--since needs --format markdown") }
    }

    /// The `--since` baseline; an unreadable one is a usage error.
    private func baseline() throws -> StatusReport? {
        guard let since else { return nil }
        guard let data = FileManager.default.contents(atPath: since) else {
            printStatus("error: cannot read \(since)")
            throw ExitCode(2)
        }
        do {
            return try StatusReport.baseline(from: data)
        } catch {
            printStatus("error: \(since) is not the output of `waymark status --json`")
            throw ExitCode(2)
        }
    }

    func run() throws {
        let selection = locales.isEmpty ? nil : locales.flatMap { $0.split(separator: ",").map(String.init) }
        let (report, problems) = StatusReport.make(project.readFiles(), locales: selection)
        if !problems.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(problems, as: .text).utf8)) }
        guard let report else { throw ExitCode(2) }
        let baseline = try baseline()
        switch json ? .json : format {
        case .json: print(try StableJSON.string(report), terminator: "")
        case .markdown: print(report.markdown(since: baseline), terminator: "")
        case .text: print(report.table(), terminator: "")
        }
        if let min {
            let below = report.locales(below: min)
            for status in below { printStatus("\(status.locale) is \(String(format: "%.1f", status.total.completeness * 100))% complete, below --min \(min)") }
            if !below.isEmpty { throw ExitCode(1) }
        }
    }
}
