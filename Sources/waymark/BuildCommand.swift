import ArgumentParser
import Foundation
import WaymarkKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the project and write every channel into Build/<channel>/ atomically.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var selection: SelectionOptions

    @Option(name: .long, help: "Output folder (default: <project>/Build).")
    var output: String?

    @Option(name: .long, help: "Ed25519 private key file (from 'waymark keygen') to sign each manifest.")
    var sign: String?

    func run() throws {
        let key = try sign.map(loadKey)
        let options = selection.buildOptions(projectRoot: project.root)
        let lock = try project.lock(for: "build")
        defer { withExtendedLifetime(lock) {} }
        let buildRoot = try resolveBuildRoot()
        let writer = DiskChannelWriter(buildRoot: buildRoot)
        // First thing under the lock: put back output a killed build moved aside.
        writer.removeStaleStaging()
        Progress.step("reading \(project.root.lastPathComponent)...")
        let journal = options.cache.map(BuildJournal.init)
        // The last build's record is read while the project is walked: neither needs the other.
        var recorded = journal.map { journal in BackgroundWork { journal.read() } }
        let walkStarted = FileStamp.now()
        let entries = ProjectWalk.entries(projectRoot: project.root)
        let settings = BuildJournal.Settings(buildRoot: buildRoot.path, options: options, strict: diagnostics.strict,
                                             signingKey: key.map(ManifestSigner.publicKey(of:)))
        var journalProblems: [Diagnostic] = []
        let verdict = journal?.verdict(for: entries, settings: settings, recorded: recorded?.value)
        // Let go of the record's bytes (tens of megabytes) before the build that follows.
        recorded = nil
        switch verdict {
        case .upToDate(let record)?:
            // Every file, setting and channel is as the last build left it: its output stands.
            Progress.done()
            diagnostics.print(record.diagnostics)
            for channel in record.channels {
                printStatus("built \(channel.name): \(channel.fileCount) files in \(buildRoot.lastPathComponent)/\(channel.name) (nothing changed)")
            }
            if record.exitCode != 0 { throw ExitCode(record.exitCode) }
            return
        case .stale(let problem)?:
            journalProblems = problem.map { [$0] } ?? []
            journal?.forget()
        case nil: break
        }
        let files = ProjectFileReader.read(entries)
        Progress.step("checking and rendering \(files.files.count) files...")
        // Files stream into Build/.staging-* while they render; each channel is swapped in below, manifest last.
        var result = Compiler(options: options).build(files, into: writer)
        // Joined only when there is something to join: the list can hold hundreds of thousands of warnings.
        if !journalProblems.isEmpty { result.diagnostics = journalProblems + result.diagnostics }
        ExitTimeKeeper.keep(result)
        ExitTimeKeeper.keep(files)
        Progress.done()
        let exit = result.exitCode(strict: diagnostics.strict)
        // Under --strict a warning fails the build, so nothing is published.
        guard exit == 0 || (exit == 1 && !diagnostics.strict) else {
            diagnostics.print(result.diagnostics)
            result.channels.forEach { $0.discard() }
            throw ExitCode(exit)
        }
        // Publishing and the record need nothing that printing the diagnostics does: they run
        // while the diagnostics print, and the status lines follow the diagnostics as before.
        let channels = result.channels, failedChannels = result.failedChannels, found = result.diagnostics
        let publishing = BackgroundWork { () -> Publication in
            var publication = Publication()
            for (index, channel) in channels.enumerated() {
                let count = channel.fileCount + (key == nil ? 0 : 1)
                do {
                    try channel.publish(signingKey: key)
                } catch {
                    channels.dropFirst(index + 1).forEach { $0.discard() }
                    publication.failure = "error: cannot write \(buildRoot.path)/\(channel.name): \(error.localizedDescription)"
                    return publication
                }
                publication.published.append((channel.name, count))
            }
            if failedChannels.isEmpty {
                journal?.record(entries: entries, walkStarted: walkStarted, files: files, settings: settings, diagnostics: found,
                                exitCode: exit, published: publication.published)
            }
            return publication
        }
        diagnostics.print(found)
        Progress.step("publishing \(channels.count) channel\(channels.count == 1 ? "" : "s")...")
        let publication = publishing.value
        Progress.done()
        for (name, count) in publication.published {
            printStatus("built \(name): \(count) files in \(buildRoot.lastPathComponent)/\(name)")
        }
        if let failure = publication.failure {
            printStatus(failure)
            throw ExitCode(1)
        }
        for name in failedChannels {
            printStatus("not built \(name): fix the errors above; the previous Build/\(name) is unchanged")
        }
        if exit != 0 { throw ExitCode(exit) }
    }

    /// What publishing gave: the channels swapped in (name, file count), in order, and the
    /// message of the one that could not be written (the channels after it are discarded).
    private struct Publication: Sendable {
        var published: [(name: String, fileCount: Int)] = []
        var failure: String?
    }

    /// `--output` as given, or the project's `Build/` through the project
    /// resolver: a `Build` link out of the project is refused (exit 2).
    private func resolveBuildRoot() throws -> URL {
        if let output { return URL(fileURLWithPath: output) }
        let resolver = ProjectPathResolver(projectRoot: project.root)
        let problem: String
        do {
            switch try resolver.resolve("Build") {
            case .folder(let real): return URL(fileURLWithPath: real)
            case .missing: return URL(fileURLWithPath: resolver.root).appendingPathComponent("Build")
            case .file: problem = "Build is a file, not a folder"
            }
        } catch {
            problem = "\(error.path) is not used: \(error.reason)"
        }
        printStatus("error: cannot write Build/: \(problem); pass --output to build elsewhere")
        throw ExitCode(2)
    }

    private func loadKey(_ path: String) throws -> ManifestSignerKey {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try ManifestSigner.privateKey(fromFile: text)
        } catch let error as ManifestSigner.KeyError {
            printStatus("error: \(path): \(error.description)")
            throw ExitCode(2)
        } catch {
            printStatus("error: cannot read signing key \(path)")
            throw ExitCode(2)
        }
    }
}
