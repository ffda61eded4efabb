import ArgumentParser
import Foundation
import WaymarkKit

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview one channel on http://127.0.0.1:PORT, rebuilt in memory when a file changes.",
        discussion: """
            Pages reload themselves after each rebuild and keep their scroll position. A panel in the corner \
            shows the build's diagnostics (this page's first), the page's reading level with its hardest \
            sentences marked in the text, and how much of a translated page falls back to the source. \
            Nothing is written to Build/.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Port to listen on (0: any free port; the line 'serving ... on URL' names it).")
    var port: UInt16 = 8080

    @Option(name: .long, help: "Channel to preview (default: the first html channel).")
    var channel: String?

    @Option(name: .long, help: "Build only this locale besides the source locale (default: every locale).")
    var locale: String?

    @Option(name: .long, help: "Listen on this address instead of 127.0.0.1 (e.g. 0.0.0.0); anyone who can reach it sees the preview.")
    var host: String?

    @Flag(name: .long, help: "Open the preview in the browser (xdg-open or open), where there is one.")
    var open = false

    func run() async throws {
        Signals.unblockStop()
        let address = host ?? "127.0.0.1"
        if host != nil, !["127.0.0.1", "::1"].contains(address) {
            printStatus("warning: --host \(address): the preview (drafts and diagnostics included) is visible to every machine that can reach this address")
        }
        let state = PreviewState(selection: PreviewSelection(channel: channel, locale: locale))
        let server: PreviewHTTPServer
        do {
            server = try PreviewHTTPServer(host: address, port: port, responder: PreviewResponder(state: state))
        } catch {
            printStatus("error: \(address) is not a numeric IPv4 or IPv6 address")
            throw ExitCode(2)
        }
        let session = PreviewSession(root: project.root, state: state) { build in
            let errors = build.diagnostics.errorCount
            printStatus(String(format: "rebuilt %@ in %.2fs: %d errors, %d warnings", build.channel ?? "(nothing: the build failed)", build.seconds, errors, build.diagnostics.count - errors))
        }
        let running = Task { try await server.run() }
        guard let listening = await Self.waitUntilListening(server, running) else {
            printStatus("error: cannot listen on \(address):\(port) (in use? try another --port)")
            throw ExitCode(2)
        }
        let shown = address.contains(":") ? "[\(address)]" : address
        let url = "http://\(shown):\(listening)/"
        printStatus("serving \(project.root.path) on \(url) (Ctrl-C to stop)")
        let rebuilding = Task { await session.run() }
        if open { BrowserOpener.open(url) }
        _ = await running.result
        rebuilding.cancel()
    }

    /// The port once the server listens, or nil when it stopped first (address in use, not permitted).
    private static func waitUntilListening(_ server: PreviewHTTPServer, _ running: Task<Void, any Error>) async -> UInt16? {
        let port = Task { try await server.listeningPort(timeout: 15) }
        // Whichever ends first: listening, or the server failing to start.
        let failed = Task {
            _ = await running.result
            port.cancel()
        }
        defer { failed.cancel() }
        return try? await port.value
    }
}
