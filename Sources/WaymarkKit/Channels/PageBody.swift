/// A page body ready for the Markdown HTML renderer: links rewritten for one output
/// file, one `h1` per page (the page title), and fallback leaves marked.
struct PageBody {
    /// The body markup (a trusted fragment from `MarkdownHTMLRenderer`).
    var html: String
    /// Channel-root paths of the local assets the body references.
    var assets: Set<String>
    /// The body with links rewritten, before the title heading is dropped (leaf numbering intact).
    var linked: MarkdownNode

    /// Prepares and renders `page.body`. A leading level-1 heading that repeats the page
    /// title is dropped (the template prints the title as the `h1`); other level-1
    /// headings become level 2, so every page has exactly one `h1`.
    init(page: ChannelPage, rewriter: BodyLinkRewriter, sourceLocale: String, allowRawHTML: Bool) {
        var (body, assets) = rewriter.rewrite(page.body)
        self.linked = body
        var dropsTitle = false
        if let first = body.children.first, case .heading(1, _) = first.kind,
           first.plainText == page.title.trimmingCharacters(in: .whitespacesAndNewlines) {
            body.children.removeFirst()
            // The dropped heading was leaf 0 in pre-order, so later leaves shift by one.
            dropsTitle = true
        }
        let leafOffset = dropsTitle ? 1 : 0
        body = Self.demotingLevelOneHeadings(body)
        let fallback = page.fallbackLeaves
        let options = MarkdownHTMLOptions(allowRawHTML: allowRawHTML, leafAttributes: { leaf in
            fallback.contains(leaf + leafOffset) ? [(name: "lang", value: sourceLocale), (name: "class", value: "wm-fallback")] : []
        })
        self.html = MarkdownHTMLRenderer(options: options).render(body)
        self.assets = assets
    }

    private static func demotingLevelOneHeadings(_ body: MarkdownNode) -> MarkdownNode {
        body.rewritten { node in
            guard case .heading(1, let setext) = node.kind else { return node }
            var demoted = node
            demoted.kind = .heading(level: 2, setext: setext)
            return demoted
        }
    }
}
