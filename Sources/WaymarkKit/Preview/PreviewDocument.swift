import Foundation

/// What `serve` adds to each HTML page it answers with (never to `Build/`):
/// the overlay, the data the script highlights sentences from, and the
/// script that reloads the page after each build. A page's
/// Content-Security-Policy is widened only by `'self'` for that script and
/// its event stream, so everything else it forbids stays forbidden in preview.
enum PreviewDocument {
    static func decorate(_ html: String, overlay: PreviewOverlay) -> String {
        var result = widenPolicy(html)
        let head = HTMLNode.element("link", attrs(("rel", "stylesheet"), ("href", PreviewRoutes.stylesheet), ("data-waymark-preview", ""))).render()
        if let end = result.range(of: "</head>") { result.insert(contentsOf: head, at: end.lowerBound) }
        let tail = overlay.node().render() + dataScript(overlay) + HTMLNode.element("script", attrs(("src", PreviewRoutes.script), ("defer", ""))).render()
        guard let end = result.range(of: "</body>", options: .backwards) else { return result + tail }
        result.insert(contentsOf: tail, at: end.lowerBound)
        return result
    }

    /// The generation and the hardest sentences, as JSON the script reads.
    static func dataScript(_ overlay: PreviewOverlay) -> String {
        struct Payload: Encodable {
            struct Hotspot: Encodable { var text: String; var score: String; var line: Int }
            var generation: Int
            var formula: String?
            var hotspots: [Hotspot]
        }
        let insight = overlay.insight
        let payload = Payload(generation: overlay.generation, formula: insight?.readability?.formula,
                              hotspots: (insight?.hardestSentences ?? []).map { .init(text: $0.text, score: String(format: "%.1f", $0.score), line: $0.line) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // `<` escaped so no text can close the script element.
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c")
        return HTMLNode.element("script", attrs(("type", "application/json"), ("id", "wm-preview-data")), [.trusted(safe)]).render()
    }

    /// Adds `'self'` to `script-src` and `connect-src` of a CSP meta, if the page has one.
    static func widenPolicy(_ html: String) -> String {
        let marker = "http-equiv=\"Content-Security-Policy\" content=\""
        guard let start = html.range(of: marker), let end = html[start.upperBound...].firstIndex(of: "\"") else { return html }
        var directives = html[start.upperBound..<end].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in ["script-src", "connect-src"] {
            if let index = directives.firstIndex(where: { $0 == name || $0.hasPrefix(name + " ") }) {
                directives[index] = directives[index].replacingOccurrences(of: " 'none'", with: "") + " 'self'"
            } else {
                directives.append("\(name) 'self'")
            }
        }
        var result = html
        result.replaceSubrange(start.upperBound..<end, with: directives.joined(separator: "; "))
        return result
    }
}
