/// A page body ready for the Markdown HTML renderer: links rewritten for one output
/// file, one `h1` per page (the page title), and fallback leaves marked.
struct PageBody {
    /// The body markup (a trusted fragment from `MarkdownHTMLRenderer`).
    var html: String
    /// Channel-root paths of the local assets the body references.
    var assets: Set<String>
    /// Further files a browser may load for the body (2x images in `srcset`).
    var extraAssets: Set<String> = []
    /// The body with links rewritten and `{#id}`s dropped, before the title heading is dropped (leaf numbering intact).
    var linked: MarkdownNode
    /// The stable id of each heading, by its leaf index in `linked` (SPEC §8).
    var headingIDs: [Int: String]
    /// Number of leaves in the page body (for "the whole page is in the source language").
    var leafCount = 0

    /// Prepares and renders `page.body`. A leading level-1 heading that repeats the page
    /// title is dropped (the template prints the title as the `h1`); other level-1
    /// headings become level 2, so every page has exactly one `h1`. With an `html`
    /// style (HTML channels), task items become drawn boxes, tables scroll in a labelled
    /// region, links to pages in another language get `hreflang`, and a closing
    /// paragraph of only page links (hand-written "Back | Next") is dropped: the pager has them.
    init(page: ChannelPage, rewriter: BodyLinkRewriter, sourceLocale: String, allowRawHTML: Bool, html style: HTMLBodyStyle? = nil) {
        // Read once: a page from the localization cache is spliced by this read.
        let tree = page.body
        var (body, assets) = rewriter.rewrite(tree)
        body = HeadingAnchors.strippingCustomIDs(body)
        self.linked = body
        let headingIDs = Self.headingIDs(body, ids: page.headingIDs)
        self.headingIDs = headingIDs
        var count = 0
        tree.forEachLeaf { _, _ in count += 1 }
        self.leafCount = count
        var dropsTitle = false
        if let first = body.children.first, case .heading(1, _) = first.kind,
           first.plainText == page.title.trimmingCharacters(in: .whitespacesAndNewlines) {
            body.children.removeFirst()
            // The dropped heading was leaf 0 in pre-order, so later leaves shift by one.
            dropsTitle = true
        }
        if style != nil, let last = body.children.last, Self.isPageLinkParagraph(last) {
            // The last leaf: dropping it shifts no other leaf.
            body.children.removeLast()
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
        if let style {
            options.taskItemsAsText = true
            options.tableRegionLabel = style.tableLabel
            let foreign = rewriter.foreignLinks
            options.linkAttributes = { href in foreign[href].map { [(name: "hreflang", value: $0)] } ?? [] }
            let images = rewriter.rasterImages
            options.imageAttributes = { src in images[src]?.attributes ?? [] }
            self.extraAssets = Set(rewriter.rasterImages.values.map(\.doubleFile))
        }
        self.html = MarkdownHTMLRenderer(options: options).render(body)
        self.assets = assets
    }

    /// Leaf index -> id for the headings of `body`, the n-th heading taking the n-th id.
    /// A page built without source ids (or with fewer) takes them from its own headings.
    private static func headingIDs(_ body: MarkdownNode, ids: [String]) -> [Int: String] {
        // The heading leaves are the headings `HeadingAnchors.headings(in:)` lists, in the same order.
        var headingLeaves: [Int] = []
        body.forEachLeaf { index, leaf in
            if case .heading = leaf.kind { headingLeaves.append(index) }
        }
        let ids = ids.count >= headingLeaves.count ? ids : HeadingAnchors.ids(in: body)
        var result: [Int: String] = [:]
        for (ordinal, index) in headingLeaves.enumerated() where ordinal < ids.count {
            result[index] = ids[ordinal]
        }
        return result
    }

    /// True when every leaf and the title are in the source language (the notice then says so).
    func isWhollyFallback(_ page: ChannelPage) -> Bool {
        page.titleLanguage != nil && leafCount > 0 && page.fallbackLeaves.count >= leafCount
    }

    /// A paragraph of nothing but links to other pages (`.md`), separators and spaces.
    private static func isPageLinkParagraph(_ node: MarkdownNode) -> Bool {
        guard case .paragraph = node.kind, !node.children.isEmpty else { return false }
        var links = 0
        for child in node.children {
            switch child.kind {
            case .link(let destination, _):
                guard !ChannelPath.isExternal(destination), !destination.hasPrefix("#"), !destination.hasPrefix("assets/") else { return false }
                links += 1
            case .text(let text) where text.allSatisfy({ " |·•/-–—".contains($0) }): continue
            case .softBreak, .lineBreak: continue
            default: return false
            }
        }
        return links > 0
    }

    private static func demotingLevelOneHeadings(_ body: MarkdownNode) -> MarkdownNode {
        body.rewrittenIfChanged { node in
            guard case .heading(1, let setext) = node.kind else { return nil }
            var demoted = node
            demoted.kind = .heading(level: 2, setext: setext)
            return demoted
        }
        ?? body
    }
}

/// What HTML channels add to page bodies beyond cmark's output.
struct HTMLBodyStyle {
    /// `aria-label` of the scroll region around each table.
    var tableLabel: String
    var profile: ChannelConfiguration.Profile
}
