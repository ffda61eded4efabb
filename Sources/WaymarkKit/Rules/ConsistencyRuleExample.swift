/// Mini projects for the consistency rules: two pages,
/// `Source-Content/guide/01-start.md` and `02-next.md`, each with one
/// paragraph and a catalog translating it. `↓` goes before the `msgstr` of the
/// second catalog, where a consistency diagnostic lands (the first place is its note).
extension RuleExample {
    /// The second page's path.
    static let secondPagePath = "Source-Content/guide/02-next.md"

    /// Two pages whose paragraphs `first.source` and `second.source` are translated as given.
    static func twoCatalogs(_ first: (source: String, translation: String), _ second: (source: String, translation: String),
                            locale: String = "es", triggering: Bool) -> RuleExample {
        let titles = ["es": ("Inicio", "Siguiente"), "fi": ("Aloitus", "Seuraava")][locale] ?? ("", "")
        func catalog(page: String, title: (String, String), paragraph: (source: String, translation: String), mark: Bool) -> String {
            catalogHeader(locale: locale) + """

                #. Page title
                #: \(page):2
                msgid "\(title.0)"
                msgstr "\(title.1)"

                #: \(page):4
                msgid "\(POStringLiteral.escape(paragraph.source))"
                \(mark ? "↓" : "")msgstr "\(POStringLiteral.escape(paragraph.translation))"

                """
        }
        return RuleExample([
            "waymark.yaml": "source-locale: en\nlocales: [en, \(locale)]\n",
            pagePath: "---\ntitle: Start\n---\n\(first.source)\n",
            secondPagePath: "---\ntitle: Next\n---\n\(second.source)\n",
            "Locales/\(locale)/guide/01-start.po": catalog(page: pagePath, title: ("Start", titles.0), paragraph: first, mark: false),
            "Locales/\(locale)/guide/02-next.po": catalog(page: secondPagePath, title: ("Next", titles.1), paragraph: second, mark: triggering),
        ])
    }
}
