#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import WaymarkKit

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a channel on http://127.0.0.1:PORT, rebuilding in memory when a file changes.",
        discussion: "Pages show the last build's diagnostics and reload themselves after each rebuild. Nothing is written to Build/.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Port on 127.0.0.1.")
    var port: UInt16 = 8080

    @Option(name: .long, help: "Channel to preview (default: the first html channel).")
    var channel: String?

    func run() throws {
        // A parent (a test runner, a supervisor) may have blocked these; a server must stop on them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let state = PreviewState()
        let server = PreviewServer(port: port, state: state)
        let (listener, problem) = server.listen()
        guard let listener else {
            printStatus("error: \(problem ?? "cannot listen")")
            throw ExitCode(2)
        }
        let initial = ProjectFingerprint.read(project.root)
        rebuild(into: state)
        printStatus("serving \(project.root.path) on http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        let root = project.root
        let watcher = Thread {
            // Only this thread reads and writes the fingerprint.
            var fingerprint = initial
            while true {
                Thread.sleep(forTimeInterval: 0.3)
                let current = ProjectFingerprint.read(root)
                if current != fingerprint {
                    fingerprint = current
                    self.rebuild(into: state)
                }
            }
        }
        watcher.start()
        server.serve(on: listener)
    }

    private func rebuild(into state: PreviewState) {
        let started = Date()
        let files = project.readFiles()
        let names = channel.map { [$0] }
        let result = Compiler(options: BuildOptions(channels: names, keepFailedChannels: true)).build(files)
        let built = result.channels.first { names == nil ? $0.files.contains { $0.path.hasSuffix(".html") } : true }
        let map = Dictionary((built?.files ?? []).map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
        state.publish(files: map, diagnostics: result.diagnostics)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        printStatus(String(format: "rebuilt %@ in %.2fs: %d errors, %d warnings", built?.name ?? "(nothing)", Date().timeIntervalSince(started), errors, result.diagnostics.count - errors))
    }
}

/// Paths, sizes and modification times of every project file: cheap to read
/// every few hundred milliseconds, and any edit changes it.
enum ProjectFingerprint {
    static func read(_ root: URL) -> [String: String] {
        var result: [String: String] = [:]
        for folder in ["waymark.yaml", "Source-Content", "Locales"] {
            let base = root.appendingPathComponent(folder)
            let urls = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])?.allObjects as? [URL] ?? [base]
            for url in urls {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = "\(values?.fileSize ?? -1)@\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
            }
        }
        return result
    }
}
