/// Where each file of an HTML channel lives, relative to the channel root (SPEC §8).
enum HTMLLayout {
    /// The language chooser.
    static let rootFile = "index.html"
    /// The single stylesheet, copied from `Resources/waymark.css`.
    static let stylesheetFile = "waymark.css"
    /// Only on web with a base URL.
    static let sitemapFile = "sitemap.xml"

    /// `<locale>/<program>/<slug>/index.html`.
    static func pageFile(_ page: ChannelPage) -> String {
        "\(page.locale)/\(page.program)/\(page.slug)/index.html"
    }

    /// `<locale>/<program>/index.html`.
    static func programFile(locale: String, program: String) -> String {
        "\(locale)/\(program)/index.html"
    }

    /// `<locale>/index.html`.
    static func localeFile(_ locale: String) -> String {
        "\(locale)/index.html"
    }
}

/// One emitted HTML document and the same document in other locales, for
/// `hreflang` alternates and the sitemap.
struct HTMLAlternates: Sendable {
    /// Output path of the document.
    var file: String
    /// (locale, output path) for every locale in which this document is emitted, itself included.
    var alternates: [(locale: String, file: String)]
}
