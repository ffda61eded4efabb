import ArgumentParser
import Foundation
import WaymarkKit

struct ReadabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Reading level per page and locale, against the audience's target, with the hardest sentences.",
        discussion: "Pages are measured in a locale once fully translated. Exit 1 when a page misses its target.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "Only pages under these paths (e.g. Source-Content/online-road-safety).")
    var paths: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales.")
    var locale: [String] = []

    @Flag(name: .long, help: "Print JSON (documented in docs/readability.md).")
    var json = false

    func run() throws {
        let selection = locale.isEmpty ? nil : locale.flatMap { $0.split(separator: ",").map(String.init) }
        let (document, problems) = ReadabilityOverview.make(project.readFiles(), locales: selection, paths: paths)
        if !problems.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(problems, as: .text).utf8)) }
        guard let document else { throw ExitCode(2) }
        if json {
            print(try StableJSON.string(document), terminator: "")
        } else {
            print(ReadabilityOverview.text(document), terminator: "")
        }
        if document.pages.contains(where: { !$0.passed }) { throw ExitCode(1) }
    }
}
