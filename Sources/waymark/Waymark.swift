import ArgumentParser
import Foundation
import WaymarkKit

/// `waymark`: the command-line face of WaymarkKit. Each subcommand builds its
/// options, calls one library entry point and prints what it returns.
@main
struct Waymark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "Compile multilingual Markdown + PO content into static HTML and JSON channels.",
        discussion: "Exit status: 0 success, 1 content errors, 2 usage or configuration errors.",
        version: WaymarkVersion.current,
        subcommands: [
            InitCommand.self, BuildCommand.self, CheckCommand.self, SyncCommand.self, StatusCommand.self, ExportCommand.self, ImportCommand.self, AlignCommand.self, ReadabilityCommand.self, ReportCommand.self, ServeCommand.self, RulesCommand.self,
            VerifyCommand.self, KeygenCommand.self,
        ]
    )

    /// Like `ParsableCommand.main()`, but usage errors exit 2 (SPEC §6) instead of 64,
    /// and no error ever prints a stack trace.
    static func main() async {
        do {
            var command = try parseAsRoot()
            let jobs = (command as? ProjectCommand)?.project.jobs
            // Every parallel loop of the command obeys --jobs (a task-local, see Parallelism).
            if let asyncCommand = command as? AsyncParsableCommand {
                // Only this task ever touches the command.
                nonisolated(unsafe) var running = asyncCommand
                try await Parallelism.$jobs.withValue(jobs) { try await running.run() }
            } else {
                try Parallelism.$jobs.withValue(jobs) { try command.run() }
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help and --version are output, not errors.
                if !message.isEmpty { FileHandle.standardOutput.write(Data((message + "\n").utf8)) }
                Foundation.exit(0)
            }
            if code.rawValue == 1 || code.rawValue == 2 {
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(code.rawValue)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
