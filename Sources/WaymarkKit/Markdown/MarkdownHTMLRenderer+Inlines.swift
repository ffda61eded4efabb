extension HTMLRenderPass {
    /// Renders the inline children of a leaf block.
    mutating func inlines(_ node: MarkdownNode) {
        for child in node.children { inline(child) }
    }

    /// Renders one inline node and its content.
    mutating func inline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text): out.text(text)
        case .softBreak: out.markup("\n")
        case .lineBreak: out.markup("<br />\n")
        case .code(let code):
            out.markup("<code>")
            out.text(code)
            out.markup("</code>")
        case .htmlInline(let html): inlineHTML(html)
        case .emphasis: wrap(node, open: "<em>", close: "</em>")
        case .strong: wrap(node, open: "<strong>", close: "</strong>")
        case .strikethrough: wrap(node, open: "<del>", close: "</del>")
        case .link(let destination, let title):
            out.markup("<a href=\"")
            let href = options.resolveLink(destination)
            safeURL(href)
            if !title.isEmpty { out.markup("\" title=\""); out.text(title) }
            out.markup("\"")
            attributes(options.linkAttributes(href))
            out.markup(">")
            inlines(node)
            out.markup("</a>")
        case .image(let source, let title):
            out.markup("<img src=\"")
            let src = options.resolveImage(source)
            safeURL(src)
            out.markup("\" alt=\"")
            plainText(node)
            if !title.isEmpty { out.markup("\" title=\""); out.text(title) }
            out.markup("\"")
            attributes(options.imageAttributes(src))
            out.markup(" />")
        case .footnoteReference(let label, let index, let occurrence):
            footnoteReference(label: label, index: index, occurrence: occurrence)
        default:
            // A block where an inline was expected cannot come from cmark; render it as a block.
            block(node, tight: false, backref: nil)
        }
    }

    private mutating func wrap(_ node: MarkdownNode, open: StaticString, close: StaticString) {
        out.markup(open)
        inlines(node)
        out.markup(close)
    }

    private mutating func inlineHTML(_ html: String) {
        guard options.allowRawHTML else {
            out.markup("<!-- raw HTML omitted -->")
            return
        }
        let bytes = Array(options.rawHTML(html).utf8)
        guard !bytes.isEmpty else { return }
        if RawHTMLPolicy.isFilteredTag(bytes[...]) {
            out.markup("&lt;")
            out.trustedRawHTML(bytes.dropFirst())
        } else {
            out.trustedRawHTML(bytes)
        }
    }

    /// cmark writes an empty URL for a dangerous one unless unsafe output is on.
    private mutating func safeURL(_ url: String) {
        if options.allowRawHTML || !RawHTMLPolicy.isDangerousURL(url) { out.url(url) }
    }

    /// Image alt text: only the text of the content, escaped, breaks as spaces
    /// (cmark's "plain" mode).
    private mutating func plainText(_ node: MarkdownNode) {
        for child in node.children {
            switch child.kind {
            case .text(let text), .code(let text), .htmlInline(let text): out.text(text)
            case .softBreak, .lineBreak: out.markup(" ")
            default: plainText(child)
            }
        }
    }
}
