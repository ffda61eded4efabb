import Foundation

/// Opens a URL in the desktop's browser for `serve --open`: `open` on macOS,
/// `xdg-open` elsewhere. Where neither exists (a server, a container) it says
/// so and goes on: a missing browser never stops the preview.
enum BrowserOpener {
    static func open(_ url: String) {
        #if os(macOS)
        let candidates = ["/usr/bin/open"]
        #else
        let candidates = searchPath("xdg-open")
        #endif
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            printStatus("note: no browser opener (xdg-open) found; open \(url) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            printStatus("note: could not start \(tool); open \(url) yourself")
        }
    }

    /// `name` in every folder of `PATH`.
    private static func searchPath(_ name: String) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
    }
}
