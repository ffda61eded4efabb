import ArgumentParser
import Foundation
import WaymarkKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML dashboard: completeness per locale and program, reading level per page.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .shortAndLong, help: "Output file.")
    var output = "waymark-report.html"

    func run() throws {
        let (html, problems) = ProjectReport.make(project.readFiles())
        if !problems.isEmpty { FileHandle.standardError.write(Data(DiagnosticRenderer.render(problems, as: .text).utf8)) }
        guard let html else { throw ExitCode(2) }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            printStatus("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("wrote \(output)")
    }
}
