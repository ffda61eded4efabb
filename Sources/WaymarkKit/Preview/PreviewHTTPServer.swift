import FlyingFox
import FlyingSocks
import Foundation

/// The preview over HTTP/1.1, on FlyingFox: keep-alive, chunked event
/// streams, async connections on one epoll/kqueue pool, bounded by
/// `BoundedSocketPool`. It only translates between FlyingFox's types and
/// `PreviewResponder`.
public struct PreviewHTTPServer: Sendable {
    public let host: String
    private let server: HTTPServer

    /// Fails when `host` is not a numeric IPv4 or IPv6 address.
    public init(host: String, port: UInt16, responder: PreviewResponder, limits: PreviewLimits = PreviewLimits()) throws {
        self.host = host
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        let pool = BoundedSocketPool(inner: HTTPServer.defaultPool(), limits: limits)
        let config = HTTPServer.Configuration(address: address, timeout: 30, pool: pool, logger: .disabled)
        server = HTTPServer(config: config, handler: ClosureHTTPHandler { request in
            let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            let answer = await responder.respond(method: request.method.rawValue, rawPath: request.target.path(percentEncoded: true), query: query)
            return Self.response(answer, head: request.method == .HEAD)
        })
    }

    /// Serves until the task is cancelled or `stop()` is called.
    public func run() async throws {
        try await server.run()
    }

    /// Waits until the socket listens and returns its port (useful with port 0).
    public func listeningPort(timeout: TimeInterval = 10) async throws -> UInt16 {
        try await server.waitUntilListening(timeout: timeout)
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): return port
        default: return 0
        }
    }

    public func stop() async {
        await server.stop(timeout: 1)
    }

    private static func response(_ answer: PreviewResponse, head: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
        let status = HTTPStatusCode(answer.status, phrase: phrase(answer.status))
        if let events = answer.events, !head {
            return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: events)))
        }
        if head {
            headers[.contentLength] = String(answer.body.count)
            return HTTPResponse(statusCode: status, headers: headers, body: Data())
        }
        return HTTPResponse(statusCode: status, headers: headers, body: answer.body)
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 303: "See Other", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable"][status] ?? "OK"
    }
}
