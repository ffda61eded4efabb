/// Where each file of an HTML channel lives, relative to the channel root (SPEC §8).
enum HTMLLayout {
    /// The language chooser.
    static let rootFile = "index.html"
    /// The single stylesheet, copied from `Resources/waymark.css`.
    static let stylesheetFile = "waymark.css"
    /// Only on web with a base URL.
    static let sitemapFile = "sitemap.xml"
    /// A small PNG icon, so browsers do not ask for a missing `/favicon.ico`.
    static let faviconFile = "favicon.png"

    /// `<locale>/<program>/<slug>/index.html`.
    static func pageFile(_ page: ChannelPage) -> String {
        pageFile(locale: page.locale, program: page.program, slug: page.slug)
    }

    /// `pageFile(_:)` of the page published at `locale`, `program`, `slug`.
    static func pageFile(locale: String, program: String, slug: String) -> String {
        "\(locale)/\(program)/\(slug)/index.html"
    }

    /// `<locale>/<program>/index.html`.
    static func programFile(locale: String, program: String) -> String {
        "\(locale)/\(program)/index.html"
    }

    /// `<locale>/index.html`.
    static func localeFile(_ locale: String) -> String {
        "\(locale)/index.html"
    }

    /// Every HTML document an HTML channel renders for `site`.
    static func documentFiles(of site: ChannelSite) -> Set<String> {
        var files: Set<String> = [rootFile]
        for locale in site.locales {
            files.insert(localeFile(locale.locale))
            for program in locale.programs where !program.pages.isEmpty {
                files.insert(programFile(locale: locale.locale, program: program.id))
                for page in program.pages { files.insert(pageFile(page)) }
            }
        }
        return files
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
