/// Navigation blocks shared by HTML pages: language switcher, breadcrumb, previous/next.
/// Every link they make points at a file the channel emits.
struct HTMLNavigation {
    let style: LinkStyle
    /// Output path of the file being written.
    let file: String
    let ui: UIText

    /// One entry per published locale: the current one as text, the others linking to
    /// `target(locale)` (the same document when emitted there, else that locale's home).
    func languageSwitcher(current: String, locales: [LocaleSite], target: (LocaleSite) -> String) -> HTMLNode? {
        guard locales.count > 1 else { return nil }
        let items = locales.map { locale -> HTMLNode in
            if locale.locale == current {
                return .element("li", attrs(("aria-current", "true")), [
                    .element("span", attrs(("lang", locale.locale)), [.text(locale.displayName)]),
                ])
            }
            let href = style.href(from: file, to: target(locale))
            return .element("li", [], [
                .element("a", attrs(("href", href), ("hreflang", locale.locale), ("lang", locale.locale)), [.text(locale.displayName)]),
            ])
        }
        return .element("nav", attrs(("class", "wm-languages"), ("aria-label", ui["languages"])), [.element("ul", [], items)])
    }

    /// A breadcrumb trail of (title, file) links ending with the current page's title.
    func breadcrumb(_ trail: [(title: String, file: String)], current: String) -> HTMLNode {
        var items = trail.map { step in
            HTMLNode.element("li", [], [.element("a", attrs(("href", style.href(from: file, to: step.file))), [.text(step.title)])])
        }
        items.append(.element("li", attrs(("aria-current", "page")), [.text(current)]))
        return .element("nav", attrs(("class", "wm-breadcrumb"), ("aria-label", ui["breadcrumb"])), [.element("ol", [], items)])
    }

    /// Links to the previous and next pages of the program, when they exist.
    func pager(previous: ChannelPage?, next: ChannelPage?) -> HTMLNode? {
        var items: [HTMLNode] = []
        for (page, rel, label) in [(previous, "prev", ui["previous"]), (next, "next", ui["next"])] {
            guard let page else { continue }
            items.append(.element("li", attrs(("class", "wm-" + rel)), [
                .element("a", attrs(("rel", rel), ("href", style.href(from: file, to: HTMLLayout.pageFile(page)))), [
                    .element("span", attrs(("class", "wm-pager-label")), [.text(label)]),
                    .text(" "),
                    .element("span", attrs(("class", "wm-pager-title")), [page.titleNode]),
                ]),
            ]))
        }
        guard !items.isEmpty else { return nil }
        return .element("nav", attrs(("class", "wm-pager"), ("aria-label", ui["page-navigation"])), [.element("ul", [], items)])
    }
}
