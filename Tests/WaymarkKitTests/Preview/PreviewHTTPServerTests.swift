import FlyingSocks
import Foundation
import Testing
@testable import WaymarkKit

/// The preview over real loopback sockets: HTTP semantics FlyingFox and the
/// glue must get right, the reload stream, and the connection bounds.
@Suite(.serialized)
struct PreviewHTTPServerTests {
    /// A running server on a free loopback port, stopped by `stop()`.
    struct Running {
        var state: PreviewState
        var server: PreviewHTTPServer
        var task: Task<Void, any Error>
        var port: UInt16

        static func start(_ files: ProjectFiles = ProjectFixture.files(), limits: PreviewLimits = PreviewLimits()) async throws -> Running {
            let state = PreviewState(selection: PreviewSelection(), maxEventStreams: limits.eventStreams)
            await state.publish(PreviewBuilder(selection: PreviewSelection()).build(files))
            let server = try PreviewHTTPServer(host: "127.0.0.1", port: 0, responder: PreviewResponder(state: state), limits: limits)
            let task = Task { try await server.run() }
            return Running(state: state, server: server, task: task, port: try await server.listeningPort(timeout: 120))
        }

        func stop() async {
            await state.finishEventStreams()
            await server.stop()
            task.cancel()
        }

        /// A generous connect timeout: under `--parallel` the kill and CLI tests
        /// saturate both cores, and FlyingSocks' default of 5 s then fails spuriously.
        func connect() async throws -> AsyncSocket {
            try await AsyncSocket.connected(to: .inet(ip4: "127.0.0.1", port: port), timeout: 120)
        }

        /// Sends `request` and reads until the server closes the connection.
        func exchange(_ request: String) async throws -> String {
            let socket = try await connect()
            defer { try? socket.close() }
            try await socket.write(Data(request.utf8))
            var bytes: [UInt8] = []
            while let chunk = try? await socket.read(atMost: 65536), !chunk.isEmpty { bytes += chunk }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func answersGetHeadAndRefusesOtherMethods() async throws {
        let running = try await Running.start()
        defer { Task { await running.stop() } }
        let get = try await running.exchange("GET /en/guide/01-start/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(get.hasPrefix("HTTP/1.1 200"))
        #expect(get.contains("Hello."))
        let length = get.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        let head = try await running.exchange("HEAD /en/guide/01-start/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(head.hasPrefix("HTTP/1.1 200"))
        #expect(head.hasSuffix("\r\n\r\n"), "HEAD has no body")
        #expect(length.map { head.contains($0) } == true, "HEAD reports the GET length")
        let post = try await running.exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        #expect(post.hasPrefix("HTTP/1.1 405"))
        let traversal = try await running.exchange("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(traversal.hasPrefix("HTTP/1.1 400") || traversal.hasPrefix("HTTP/1.1 404"))
        #expect(!traversal.contains("root:"))
    }

    @Test func reloadStreamAnnouncesEachBuild() async throws {
        let running = try await Running.start()
        defer { Task { await running.stop() } }
        let socket = try await running.connect()
        defer { try? socket.close() }
        try await socket.write(Data("GET /__waymark/events HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        var text = ""
        while !text.contains("data: 1\n") { text += String(decoding: try await socket.read(atMost: 4096), as: UTF8.self) }
        #expect(text.contains("text/event-stream"))
        await running.state.publish(PreviewBuilder(selection: PreviewSelection()).build(ProjectFixture.files()))
        while !text.contains("event: build\ndata: 2\n") { text += String(decoding: try await socket.read(atMost: 4096), as: UTF8.self) }
    }

    @Test func tooManyReloadStreamsAreRefused() async throws {
        let running = try await Running.start(limits: PreviewLimits(eventStreams: 2))
        defer { Task { await running.stop() } }
        var open: [AsyncSocket] = []
        defer { for socket in open { try? socket.close() } }
        for _ in 0..<2 {
            let socket = try await running.connect()
            try await socket.write(Data("GET /__waymark/events HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            _ = try await socket.read(atMost: 4096)
            open.append(socket)
        }
        let third = try await running.exchange("GET /__waymark/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(third.hasPrefix("HTTP/1.1 503"))
    }

    /// Idle sockets past the bound are closed by the server, oldest first, and a normal request still works.
    @Test func idleConnectionsAreBounded() async throws {
        let running = try await Running.start(limits: PreviewLimits(idleConnections: 4))
        defer { Task { await running.stop() } }
        var idle: [AsyncSocket] = []
        for _ in 0..<12 { idle.append(try await running.connect()) }
        defer { for socket in idle { try? socket.close() } }
        let get = try await running.exchange("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(get.hasPrefix("HTTP/1.1 200"))
        var closed = 0
        for socket in idle {
            // A closed connection reads end-of-file at once; an open idle one would wait.
            let ended = await withTaskGroup(of: Bool.self) { group in
                group.addTask { ((try? await socket.read(atMost: 1)) ?? []).isEmpty }
                group.addTask { try? await Task.sleep(for: .milliseconds(500)); return false }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
            if ended { closed += 1 }
        }
        #expect(closed >= 8, "at most 4 idle sockets stay open (one more may be evicted by the request's own wait)")
    }
}
