#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import WaymarkKit

/// The newest in-memory build `serve` answers from, and a condition that
/// wakes the reload long-polls when a build finishes.
final class PreviewState: @unchecked Sendable {
    private let condition = NSCondition()
    private var files: [String: Data] = [:]
    private var diagnostics: [Diagnostic] = []
    private(set) var generation = 0

    func publish(files: [String: Data], diagnostics: [Diagnostic]) {
        condition.lock()
        self.files = files
        self.diagnostics = diagnostics
        generation += 1
        condition.broadcast()
        condition.unlock()
    }

    func snapshot() -> (files: [String: Data], diagnostics: [Diagnostic], generation: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (files, diagnostics, generation)
    }

    /// Blocks until the generation passes `seen` or `timeout` elapses; true if it did.
    func wait(after seen: Int, timeout: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(timeout)
        while generation <= seen {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }
}

/// A small HTTP/1.1 server on 127.0.0.1 for the preview: GET only, one
/// thread per connection, no keep-alive. Not for publishing.
struct PreviewServer {
    var port: UInt16
    var state: PreviewState

    /// Binds the loopback port; returns the listening socket or nil with a reason.
    func listen() -> (Int32?, String?) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return (nil, "cannot create a socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 64) == 0 else {
            close(fd)
            return (nil, "port \(port) is in use; try --port")
        }
        return (fd, nil)
    }

    func serve(on listener: Int32) -> Never {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            let state = self.state
            Thread.detachNewThread { PreviewConnection(socket: client, state: state).handle() }
        }
    }
}

/// One request: reads the request line, answers, closes.
struct PreviewConnection {
    var socket: Int32
    var state: PreviewState

    func handle() {
        defer { close(socket) }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count > 0 else { return }
        let request = String(decoding: buffer[0..<count], as: UTF8.self)
        let parts = request.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard parts.count >= 2, parts[0] == "GET" else { return respond(405, "text/plain", Data("GET only\n".utf8)) }
        let target = String(parts[1])
        let path = (target.split(separator: "?").first.map(String.init) ?? "/").removingPercentEncoding ?? "/"
        if path == "/__waymark/wait" {
            let seen = Int(target.split(separator: "=").last ?? "") ?? 0
            let changed = state.wait(after: seen, timeout: 25)
            return respond(200, "text/plain", Data((changed ? "reload" : "wait").utf8))
        }
        let snapshot = state.snapshot()
        var key = String(path.drop { $0 == "/" })
        if key.isEmpty || key.hasSuffix("/") { key += "index.html" }
        if snapshot.files[key] == nil, snapshot.files[key + "/index.html"] != nil { key += "/index.html" }
        guard let data = snapshot.files[key] else { return respond(404, "text/plain", Data("not found: \(path)\n".utf8)) }
        if key.hasSuffix(".html") {
            let page = PreviewPage.decorate(String(decoding: data, as: UTF8.self), diagnostics: snapshot.diagnostics, generation: snapshot.generation)
            return respond(200, "text/html; charset=utf-8", Data(page.utf8))
        }
        respond(200, Self.contentType(key), data)
    }

    private func respond(_ status: Int, _ type: String, _ body: Data) {
        let reason = [200: "OK", 404: "Not Found", 405: "Method Not Allowed"][status] ?? "OK"
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        let bytes = [UInt8](head.utf8) + [UInt8](body)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            sent += written
        }
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last {
        case "css": return "text/css; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "xml": return "application/xml"
        default: return "application/octet-stream"
        }
    }
}
