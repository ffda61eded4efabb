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

    /// A breadcrumb trail of (title, file) links ending with the current page's title
    /// (titles as nodes, so text in the source language keeps its `lang`).
    func breadcrumb(_ trail: [(title: HTMLNode, file: String)], current: HTMLNode) -> HTMLNode {
        var items = trail.map { step in
            HTMLNode.element("li", [], [.element("a", attrs(("href", style.href(from: file, to: step.file))), [step.title])])
        }
        items.append(.element("li", attrs(("aria-current", "page")), [current]))
        return .element("nav", attrs(("class", "wm-breadcrumb"), ("aria-label", ui["breadcrumb"])), [.element("ol", [], items)])
    }

    /// The pager's label for `rel` ("prev" or "next"): the word, with an arrow hidden from screen readers.
    func pagerLabel(_ rel: String) -> [HTMLNode] {
        let arrow = HTMLNode.element("span", attrs(("class", "wm-arrow"), ("aria-hidden", "true")), [.text(rel == "prev" ? "\u{2190}" : "\u{2192}")])
        let word = HTMLNode.text(ui[rel == "prev" ? "previous" : "next"])
        return [.element("span", attrs(("class", "wm-pager-label")), rel == "prev" ? [arrow, .text(" "), word] : [word, .text(" "), arrow]), .text(" ")]
    }

    /// Links to the previous and next pages of the program (`links` already made, with `rel`), when they exist.
    func pager(previous: HTMLNode?, next: HTMLNode?) -> HTMLNode? {
        var items: [HTMLNode] = []
        for (link, rel) in [(previous, "prev"), (next, "next")] {
            guard let link else { continue }
            items.append(.element("li", attrs(("class", "wm-" + rel)), [link]))
        }
        guard !items.isEmpty else { return nil }
        return .element("nav", attrs(("class", "wm-pager"), ("aria-label", ui["page-navigation"])), [.element("ul", [], items)])
    }
}
