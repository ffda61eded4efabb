/// A page body ready for the Markdown HTML renderer: links rewritten for one output
/// file, one `h1` per page (the page title), and fallback leaves marked.
struct PageBody {
    /// The body markup (a trusted fragment from `MarkdownHTMLRenderer`).
    var html: String
    /// Channel-root paths of the local assets the body references.
    var assets: Set<String>
    /// The body with links rewritten and `{#id}`s dropped, before the title heading is dropped (leaf numbering intact).
    var linked: MarkdownNode
    /// The stable id of each heading, by its leaf index in `linked` (SPEC §8).
    var headingIDs: [Int: String]

    /// Prepares and renders `page.body`. A leading level-1 heading that repeats the page
    /// title is dropped (the template prints the title as the `h1`); other level-1
    /// headings become level 2, so every page has exactly one `h1`.
    init(page: ChannelPage, rewriter: BodyLinkRewriter, sourceLocale: String, allowRawHTML: Bool) {
        var (body, assets) = rewriter.rewrite(page.body)
        body = HeadingAnchors.strippingCustomIDs(body)
        self.linked = body
        let headingIDs = Self.headingIDs(body, ids: page.headingIDs)
        self.headingIDs = headingIDs
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
        // The rewriter already unwrapped unsafe URLs; this guard keeps it that way for any
        // URL the renderer writes, raw-HTML setting or not.
        let publishable: @Sendable (String) -> String = { URLSafety.isPublishable($0) ? $0 : "" }
        var options = MarkdownHTMLOptions(allowRawHTML: allowRawHTML, resolveLink: publishable, resolveImage: publishable, leafAttributes: { leaf in
            let id = headingIDs[leaf + leafOffset].map { [(name: "id", value: $0)] } ?? []
            return id + (fallback.contains(leaf + leafOffset) ? [(name: "lang", value: sourceLocale), (name: "class", value: "wm-fallback")] : [])
        })
        options.rawHTML = RawHTMLSanitizer.sanitize
        self.html = MarkdownHTMLRenderer(options: options).render(body)
        self.assets = assets
    }

    /// Leaf index -> id for the headings of `body`, the n-th heading taking the n-th id.
    /// A page built without source ids (or with fewer) takes them from its own headings.
    private static func headingIDs(_ body: MarkdownNode, ids: [String]) -> [Int: String] {
        let ids = ids.count >= HeadingAnchors.headings(in: body).count ? ids : HeadingAnchors.ids(in: body)
        var result: [Int: String] = [:]
        var ordinal = 0
        body.forEachLeaf { index, leaf in
            guard case .heading = leaf.kind else { return }
            if ordinal < ids.count { result[index] = ids[ordinal] }
            ordinal += 1
        }
        return result
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
