import Foundation

/// What differs between the `web` and `tor` profiles of an HTML channel (SPEC §8).
struct HTMLProfilePolicy: Sendable {
    let configuration: ChannelConfiguration
    let profile: ChannelConfiguration.Profile

    /// The strict policy every tor page carries.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

    /// Folder URLs on web, explicit `index.html` on tor.
    var linkStyle: LinkStyle { profile == .tor ? .file : .directory }

    /// External links stay links on web; on tor they are shown as text.
    var keepsExternalLinks: Bool { profile == .web }

    /// Absolute URLs (canonical, sitemap) exist only on web with a base URL.
    var baseURL: String? {
        guard profile == .web, let base = configuration.baseURL, !base.isEmpty else { return nil }
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// The absolute URL of an output file, when the profile allows absolute URLs.
    func absoluteURL(_ file: String) -> String? {
        guard let baseURL else { return nil }
        // A prefix test, not Foundation's anchored `replacingOccurrences`: this runs for every
        // page's canonical link and sitemap entry, and bridging through NSString cost more than the rest.
        var path = LinkStyle.directory.href(from: HTMLLayout.rootFile, to: file)
        if path.hasPrefix("./") { path.removeFirst(2) }
        return baseURL + path
    }

    /// Head elements for the document at `document.file`.
    func head(for document: HTMLAlternates, onionFiles: Set<String>? = nil) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        if profile == .tor {
            nodes.append(.element("meta", attrs(("http-equiv", "Content-Security-Policy"), ("content", Self.contentSecurityPolicy))))
        }
        // Neither profile tells the next site where the reader came from.
        nodes.append(.element("meta", attrs(("name", "referrer"), ("content", "no-referrer"))))
        nodes.append(.element("link", attrs(("rel", "icon"), ("type", "image/png"), ("href", ChannelPath.relative(from: document.file, to: HTMLLayout.faviconFile)))))
        if let canonical = absoluteURL(document.file) {
            nodes.append(.element("link", attrs(("rel", "canonical"), ("href", canonical))))
        }
        for alternate in document.alternates where document.alternates.count > 1 {
            let href = absoluteURL(alternate.file) ?? linkStyle.href(from: document.file, to: alternate.file)
            nodes.append(.element("link", attrs(("rel", "alternate"), ("hreflang", alternate.locale), ("href", href))))
        }
        if profile == .web, let onion = configuration.onionLocation, !onion.isEmpty, onionFiles?.contains(document.file) ?? true {
            let base = onion.hasSuffix("/") ? onion : onion + "/"
            let path = LinkStyle.directory.href(from: HTMLLayout.rootFile, to: document.file)
            // Tor Browser reads this meta and offers the onion mirror of the same page.
            nodes.append(.element("meta", attrs(("http-equiv", "onion-location"), ("content", base + (path == "./" ? "" : path)))))
        }
        return nodes
    }
}
