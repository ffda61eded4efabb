import Foundation

/// The preview's own URLs, all under `/__waymark/` so they cannot clash with a page.
enum PreviewRoutes {
    static let prefix = "/__waymark/"
    static let events = "/__waymark/events"
    static let script = "/__waymark/preview.js"
    static let stylesheet = "/__waymark/preview.css"
    static let overlayStylesheet = "/__waymark/overlay.css"
    static let select = "/__waymark/select"
    static let status = "/__waymark/status"

    /// `/__waymark/select?channel=web&locale=es&from=en/a/01-b/index.html`.
    static func selectURL(_ selection: PreviewSelection, from path: String) -> String {
        var components = URLComponents()
        components.path = select
        components.queryItems = [
            URLQueryItem(name: "channel", value: selection.channel ?? ""),
            URLQueryItem(name: "locale", value: selection.locale ?? ""),
            URLQueryItem(name: "from", value: path),
        ]
        return components.string ?? select
    }
}

/// `preview.js` and `preview.css` from `Resources/`, served only by `serve`.
enum PreviewResource {
    static let script: Data = load("preview", "js")
    static let stylesheet: Data = load("preview", "css")
    static let overlayStylesheet: Data = load("overlay", "css")

    private static func load(_ name: String, _ ext: String) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") else { return Data() }
        return (try? Data(contentsOf: url)) ?? Data()
    }
}
