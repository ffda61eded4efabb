import Foundation

/// Answers preview requests from the in-memory build in `PreviewState`.
/// GET and HEAD only; every path is decoded by `PreviewPath` and looked up
/// in the build's files, never on disk.
public struct PreviewResponder: Sendable {
    public let state: PreviewState

    public init(state: PreviewState) {
        self.state = state
    }

    /// `rawPath` is the request target's path, still percent-encoded; `query` its decoded items.
    public func respond(method: String, rawPath: String, query: [String: String]) async -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return .text(405, "method not allowed: the preview answers GET and HEAD", headers: ["Allow": "GET, HEAD"])
        }
        switch rawPath {
        case PreviewRoutes.events:
            guard let stream = await state.openEventStream() else {
                return .text(503, "too many open preview pages", headers: ["Retry-After": "2"])
            }
            return PreviewResponse(status: 200, type: "text/event-stream; charset=utf-8", body: Data(), events: stream)
        case PreviewRoutes.script: return PreviewResponse(status: 200, type: "text/javascript; charset=utf-8", body: PreviewResource.script)
        case PreviewRoutes.stylesheet: return PreviewResponse(status: 200, type: "text/css; charset=utf-8", body: PreviewResource.stylesheet)
        case PreviewRoutes.overlayStylesheet: return PreviewResponse(status: 200, type: "text/css; charset=utf-8", body: PreviewResource.overlayStylesheet)
        case PreviewRoutes.status: return await status()
        case PreviewRoutes.select: return await select(query)
        default: return await file(rawPath)
        }
    }

    private func file(_ rawPath: String) async -> PreviewResponse {
        let (build, generation) = await state.current()
        guard let target = PreviewPath.target(rawPath, exists: { build.files[$0] != nil }) else {
            return .text(400, "bad path: the preview serves only files of the built channel")
        }
        if case .folder = target { return .redirect(rawPath + "/") }
        guard case .file(var key) = target else { return .text(404, "not found") }
        // A JSON channel has index.json where an HTML one has index.html.
        if build.files[key] == nil, key.hasSuffix("index.html"), build.files[key.dropLast(4) + "json"] != nil { key = key.dropLast(4) + "json" }
        if generation == 0 {
            return .html(503, PreviewErrorPage.render(title: "The first build is not finished", build: build, generation: generation, path: key))
        }
        if build.isBroken, key.hasSuffix(".html") {
            return .html(500, PreviewErrorPage.render(title: "The build failed", build: build, generation: generation, path: key))
        }
        guard let data = build.files[key] else {
            let name = key.split(separator: "/").last.map(String.init) ?? key
            guard key.hasSuffix(".html") || !name.contains(".") else { return .text(404, "not found: \(key)") }
            let title = "No page at /\(key) in this build of \(build.channel ?? "the channel")"
            return .html(404, PreviewErrorPage.render(title: title, build: build, generation: generation, path: key))
        }
        guard key.hasSuffix(".html") else { return PreviewResponse(status: 200, type: PreviewResponse.contentType(key), body: data) }
        let overlay = PreviewOverlay(build: build, generation: generation, path: key)
        return .html(200, PreviewDocument.decorate(String(decoding: data, as: UTF8.self), overlay: overlay))
    }

    /// The switcher: asks for a build of another channel or locale, waits for it, then goes to the same page there.
    private func select(_ query: [String: String]) async -> PreviewResponse {
        let (build, generation) = await state.current()
        let channel = query["channel"].flatMap { $0.isEmpty ? nil : $0 }
        let locale = query["locale"].flatMap { $0.isEmpty ? nil : $0 }
        guard channel.map({ name in build.channels.contains { $0.name == name } }) ?? true,
              locale.map(build.locales.contains) ?? true else {
            return .text(400, "no such channel or locale in waymark.yaml")
        }
        let selection = PreviewSelection(channel: channel, locale: locale)
        await state.select(selection)
        _ = await state.waitForBuild(of: selection, after: generation)
        let from = query["from"] ?? ""
        let rebuilt = await state.current().build
        return .redirect(Self.samePage(from, locale: locale, in: rebuilt))
    }

    /// `from` (`en/a/01-b/index.html`) in `locale` if the new build has it, else that locale's home, else the root.
    static func samePage(_ from: String, locale: String?, in build: PreviewBuild) -> String {
        var parts = from.split(separator: "/").map(String.init)
        if let locale, !parts.isEmpty, build.locales.contains(parts[0]) { parts[0] = locale }
        let key = parts.joined(separator: "/")
        if build.files[key] != nil {
            return "/" + (key.hasSuffix("/index.html") ? String(key.dropLast("index.html".count)) : key)
        }
        if let first = parts.first, build.files[first + "/index.html"] != nil { return "/\(first)/" }
        return "/"
    }

    private func status() async -> PreviewResponse {
        let (build, generation) = await state.current()
        struct Status: Encodable {
            var generation: Int, channel: String?, locale: String?, errors: Int, warnings: Int, seconds: Double
        }
        let errors = build.diagnostics.errorCount
        let status = Status(generation: generation, channel: build.channel, locale: build.selection.locale, errors: errors,
                            warnings: build.diagnostics.count - errors, seconds: build.seconds)
        return PreviewResponse(status: 200, type: "application/json", body: (try? JSONEncoder().encode(status)) ?? Data())
    }
}
