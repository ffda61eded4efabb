import ArgumentParser
import Foundation
import WaymarkKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every rule and print diagnostics; writes nothing unless --fix.",
        discussion: "--fix applies the safe suggestions (a waymark.yaml key one edit from a known one, a translation's final punctuation, a misspelled {{placeholder}} in a translation), writing each file atomically, then prints what is left. With --dry-run it prints a unified diff instead and changes no file.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var selection: SelectionOptions

    @Flag(name: .long, help: "Apply the safe suggestions to the project files.")
    var fix = false

    @Flag(name: .long, help: "With --fix: print a unified diff of the fixes; write nothing.")
    var dryRun = false

    func validate() throws {
        if dryRun, !fix { throw ValidationError("--dry-run needs --fix") }
        if dryRun, diagnostics.format != .text { throw ValidationError("--fix --dry-run prints a diff on standard output; use it with --format text") }
    }

    func run() throws {
        Progress.step("checking \(project.root.lastPathComponent)...")
        var options = selection.buildOptions(projectRoot: project.root)
        // --fix checks twice: the first analysis must go before the second is built.
        options.freesAnalysis = !fix
        let compiler = Compiler(options: options)
        let entries = ProjectWalk.entries(projectRoot: project.root)
        if !fix, let journal = options.cache.map(BuildJournal.init),
           let recorded = journal.checkResult(of: entries, options: options) {
            // Nothing the last build read changed: its diagnostics are this check's. Only the
            // files they point into are read, for the source lines under them.
            let named = Set(recorded.diagnostics.flatMap { [$0.location.path] + $0.related.map(\.location.path) })
            Progress.done()
            diagnostics.print(recorded.diagnostics, files: ProjectFileReader.read(entries.filter { named.contains($0.path) }))
            let code = recorded.exitCode(strict: diagnostics.strict)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let files = ProjectFileReader.read(entries)
        guard fix else {
            let result = compiler.check(files)
            ExitTimeKeeper.keep(result)
            ExitTimeKeeper.keep(files)
            Progress.done()
            diagnostics.print(result.diagnostics, files: files)
            let code = result.exitCode(strict: diagnostics.strict)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let outcome = ProjectFixer(compiler: compiler).fix(files)
        Progress.done()
        if dryRun {
            for change in outcome.changes {
                print(UnifiedDiff.diff(path: change.path, before: String(decoding: change.before, as: UTF8.self),
                                       after: String(decoding: change.after, as: UTF8.self)), terminator: "")
            }
        } else if !outcome.changes.isEmpty {
            try ProjectFileWriter.writeAll(outcome.changes.map { ($0.path, $0.after) }, projectRoot: project.root)
        }
        diagnostics.print(outcome.result.diagnostics, files: outcome.files)
        let count = outcome.appliedCount, fileCount = outcome.changes.count
        printStatus(count == 0 ? "nothing to fix"
            : "\(dryRun ? "would fix" : "fixed") \(count) problem\(count == 1 ? "" : "s") in \(fileCount) file\(fileCount == 1 ? "" : "s")")
        // A dry run changed nothing, so it exits as `check` would now.
        let code = (dryRun ? outcome.initial : outcome.result).exitCode(strict: diagnostics.strict)
        if code != 0 { throw ExitCode(code) }
    }
}
