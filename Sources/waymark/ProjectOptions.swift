import ArgumentParser
import Foundation
import WaymarkKit

/// Options every project command shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (default: the current directory).")
    var project: String = "."

    @Option(name: .long, help: "Threads to use (default: every core). The output is the same for every value.")
    var jobs: Int?

    var root: URL { URL(fileURLWithPath: project).standardizedFileURL }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Reads the project snapshot.
    func readFiles() -> ProjectFiles {
        ProjectFileReader.read(projectRoot: root)
    }

    /// Takes the project's writer lock for the rest of the command (held
    /// until the returned value is released); exit 2 when another writer keeps it.
    func lock(for command: String) throws -> ProjectLock {
        do {
            return try ProjectLock.acquire(projectRoot: root, command: command)
        } catch {
            printStatus("error: \(error)")
            throw ExitCode(2)
        }
    }
}

/// Options of commands that print diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .long, help: "Diagnostic format: text, json, github or sarif.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors (exit 1).")
    var strict = false

    /// Prints diagnostics where each format belongs: text to stderr, the rest to stdout.
    /// With `files`, text output shows the source line under each diagnostic that has a range.
    func print(_ diagnostics: [Diagnostic], files: ProjectFiles? = nil) {
        let handle = format == .text ? FileHandle.standardError : FileHandle.standardOutput
        DiagnosticRenderer.write(diagnostics, as: format, files: files) { handle.write(Data($0.utf8)) }
    }
}

/// `--channels`/`--locales` to shard a build across CI jobs (SPEC §10).
struct SelectionOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption, help: "Only these channels (default: all).")
    var channels: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales; the source locale is always included.")
    var locales: [String] = []

    @Flag(name: .long, help: "Build everything from scratch; do not read or write .waymark-cache/.")
    var noCache = false

    func buildOptions(projectRoot: URL) -> BuildOptions {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        var options = BuildOptions(
            channels: channels.isEmpty ? nil : channels.flatMap { $0.split(separator: ",").map(String.init) },
            locales: locales.isEmpty ? nil : locales.flatMap { $0.split(separator: ",").map(String.init) },
            sourceRevision: SourceRevision.read(projectRoot: projectRoot),
            sourceDateEpoch: epoch)
        options.cache = noCache ? nil : BuildCache(projectRoot: projectRoot)
        // One command per process: the memory goes back at exit (`ExitTimeKeeper`).
        options.freesAnalysis = false
        return options
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// A command with `ProjectOptions`: `Waymark.main` runs it under its `--jobs` limit.
protocol ProjectCommand {
    var project: ProjectOptions { get }
}

/// Writes a line to standard error (status lines, so stdout stays machine-readable).
func printStatus(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
