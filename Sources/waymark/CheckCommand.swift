import ArgumentParser
import WaymarkKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every rule and print diagnostics; writes nothing.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var selection: SelectionOptions

    func run() throws {
        Progress.step("checking \(project.root.lastPathComponent)...")
        let result = Compiler(options: selection.buildOptions(projectRoot: project.root)).check(project.readFiles())
        Progress.done()
        diagnostics.print(result.diagnostics)
        let code = result.exitCode(strict: diagnostics.strict)
        if code != 0 { throw ExitCode(code) }
    }
}
