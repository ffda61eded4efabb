import Foundation

/// One answer of the preview server, independent of the HTTP package that sends it.
public struct PreviewResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// Server-sent events streamed after the headers (the reload stream).
    var events: AsyncStream<Data>?

    init(status: Int, type: String, body: Data, headers: [String: String] = [:], events: AsyncStream<Data>? = nil) {
        self.status = status
        self.body = body
        self.events = events
        // Preview answers are never cached: the next build changes them.
        self.headers = ["Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"]
            .merging(headers) { $1 }
    }

    static func text(_ status: Int, _ message: String, headers: [String: String] = [:]) -> PreviewResponse {
        PreviewResponse(status: status, type: "text/plain; charset=utf-8", body: Data((message + "\n").utf8), headers: headers)
    }

    static func html(_ status: Int, _ html: String) -> PreviewResponse {
        PreviewResponse(status: status, type: "text/html; charset=utf-8", body: Data(html.utf8))
    }

    static func redirect(_ location: String) -> PreviewResponse {
        PreviewResponse(status: 303, type: "text/plain; charset=utf-8", body: Data(), headers: ["Location": location])
    }

    /// The media type of a site file, by extension.
    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "xml": "application/xml"
        case "txt", "sig": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
