/// The page skeleton every HTML file of a channel shares: head metadata, skip link,
/// header with the site name and language switcher, optional breadcrumb, main
/// content, footer. Landmarks and one `h1` (inside `main`) on every page.
struct HTMLDocument {
    var lang: String
    var title: String
    var description: String = ""
    /// `lang` of the title / description when they are in the source language, not the page's.
    var titleLanguage: String?
    var descriptionLanguage: String?
    /// The "leave this site" link first on the page, and whether the Shift x3 script goes with it (web).
    var quickExit: QuickExit?
    var quickExitLabel: String = ""
    var quickExitScript = false
    /// Head elements chosen by the profile: CSP, canonical, hreflang alternates, onion-location.
    var head: [HTMLNode] = []
    var stylesheetHref: String
    var siteName: String
    var siteHref: String
    var ui: UIText
    var languageSwitcher: HTMLNode?
    var breadcrumb: HTMLNode?
    var main: [HTMLNode]
    var footerNote: String

    /// The full document as markup.
    func render() -> String {
        var writer = HTMLWriter()
        HTMLNode.doctype.write(to: &writer)
        HTMLNode.element("html", attrs(("lang", lang), ("dir", TextDirection.of(lang))), [
            .element("head", [], headNodes),
            .element("body", [], bodyNodes),
        ]).write(to: &writer)
        return writer.html
    }

    private var headNodes: [HTMLNode] {
        var nodes: [HTMLNode] = [.element("meta", attrs(("charset", "utf-8")))]
        nodes += head.filter(\.isSecurityPolicy)
        nodes += [
            .element("meta", attrs(("name", "viewport"), ("content", "width=device-width, initial-scale=1"))),
            .element("title", attrs(("lang", titleLanguage)), [.text(title)]),
        ]
        if !description.isEmpty { nodes.append(.element("meta", attrs(("name", "description"), ("lang", descriptionLanguage), ("content", description)))) }
        nodes.append(.element("link", attrs(("rel", "stylesheet"), ("href", stylesheetHref))))
        return nodes + head.filter { !$0.isSecurityPolicy }
    }

    private var bodyNodes: [HTMLNode] {
        var header: [HTMLNode] = [.element("a", attrs(("class", "wm-site"), ("href", siteHref)), [.text(siteName)])]
        if let languageSwitcher { header.append(languageSwitcher) }
        var nodes: [HTMLNode] = []
        if let quickExit {
            // First on the page, a plain link: it works without JavaScript and sends no referrer.
            nodes.append(.element("div", attrs(("class", "wm-exit-bar")), [
                .element("a", attrs(("class", "wm-exit"), ("id", "wm-exit"), ("href", quickExit.url), ("rel", "noreferrer")), [.text(quickExitLabel)]),
            ]))
        }
        nodes += [
            .element("a", attrs(("class", "wm-skip"), ("href", "#main")), [.text(ui["skip-link"])]),
            .element("header", attrs(("class", "wm-header")), header),
        ]
        if let breadcrumb { nodes.append(breadcrumb) }
        nodes.append(.element("main", attrs(("id", "main"), ("class", "wm-main")), main))
        let note = footerNote.isEmpty ? siteName : footerNote
        nodes.append(.element("footer", attrs(("class", "wm-footer")), [.element("p", [], [.text(note)])]))
        if quickExit != nil, quickExitScript { nodes.append(.element("script", [], [.trusted(QuickExitScript.source)])) }
        return nodes
    }
}

extension HTMLNode {
    /// True for the CSP meta, which must come first in `head` to cover everything after it.
    var isSecurityPolicy: Bool {
        guard case .element("meta", let attributes, _) = kind else { return false }
        return attributes.contains { $0.name == "http-equiv" && $0.value == "Content-Security-Policy" }
    }
}

/// Writing direction of a locale, for the `dir` attribute.
enum TextDirection {
    /// Languages written right to left.
    static let rightToLeft: Set<String> = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]

    /// `rtl` for right-to-left languages, `ltr` otherwise.
    static func of(_ locale: String) -> String {
        let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { String($0).lowercased() } ?? ""
        return rightToLeft.contains(language) ? "rtl" : "ltr"
    }
}
