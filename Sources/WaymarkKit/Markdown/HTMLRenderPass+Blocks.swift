extension HTMLRenderPass {
    /// Renders a block; `tight` is true for the children of an item in a tight
    /// list, `backref` is set for the last child of a footnote definition.
    mutating func block(_ node: MarkdownNode, tight: Bool, backref: FootnoteBackref?) {
        switch node.kind {
        case .document:
            children(node)
        case .blockQuote:
            out.newlineIfNeeded()
            out.markup("<blockquote>\n")
            children(node)
            out.newlineIfNeeded()
            out.markup("</blockquote>\n")
        case .list(let type, let start, _, let isTight):
            list(node, ordered: type == .ordered, start: start, tight: isTight)
        case .item(let checked):
            out.newlineIfNeeded()
            if let checked, options.taskItemsAsText {
                // A drawn box, not a control: without JavaScript a ticked box cannot be kept.
                out.markup(checked ? "<li class=\"wm-task wm-task-done\"><span class=\"wm-box\" aria-hidden=\"true\"></span>"
                                   : "<li class=\"wm-task\"><span class=\"wm-box\" aria-hidden=\"true\"></span>")
            } else {
                out.markup("<li>")
            }
            if let checked, !options.taskItemsAsText {
                out.markup(checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                   : "<input type=\"checkbox\" disabled=\"\" /> ")
            }
            children(node, tight: tight)
            out.markup("</li>\n")
        case .codeBlock(let info, let literal, _):
            codeBlock(info: info, literal: literal)
        case .htmlBlock(let html):
            out.newlineIfNeeded()
            if options.allowRawHTML { out.filteredRawHTML(options.rawHTML(html)) } else { out.markup("<!-- raw HTML omitted -->") }
            out.newlineIfNeeded()
        case .paragraph:
            paragraph(node, tight: tight, backref: backref)
        case .heading(let level, _):
            heading(node, level: level)
        case .thematicBreak:
            out.newlineIfNeeded()
            out.markup("<hr />\n")
        case .table, .tableRow, .tableCell:
            tablePart(node)
        case .footnoteDefinition(let label):
            footnoteDefinition(node, label: label)
        default:
            inline(node)
        }
    }

    /// Renders all children of a block.
    mutating func children(_ node: MarkdownNode, tight: Bool = false, backrefForLast backref: FootnoteBackref? = nil) {
        for (offset, child) in node.children.enumerated() {
            block(child, tight: tight, backref: offset == node.children.count - 1 ? backref : nil)
        }
    }

    private mutating func list(_ node: MarkdownNode, ordered: Bool, start: Int, tight: Bool) {
        out.newlineIfNeeded()
        if !ordered {
            out.markup("<ul>\n")
        } else if start == 1 {
            out.markup("<ol>\n")
        } else {
            out.markup("<ol start=\"")
            out.number(start)
            out.markup("\">\n")
        }
        for item in node.children { block(item, tight: tight, backref: nil) }
        out.markup(ordered ? "</ol>\n" : "</ul>\n")
    }

    private mutating func codeBlock(info: String, literal: String) {
        out.newlineIfNeeded()
        let language = info.utf8.prefix { !RawHTMLPolicy.isSpace($0) }
        if language.isEmpty {
            out.markup("<pre><code>")
        } else {
            out.markup("<pre><code class=\"language-")
            out.text(language)
            out.markup("\">")
        }
        out.text(literal)
        out.markup("</code></pre>\n")
    }

    private mutating func paragraph(_ node: MarkdownNode, tight: Bool, backref: FootnoteBackref?) {
        let extra = leafAttributes()
        if tight {
            if !extra.isEmpty { out.markup("<span"); attributes(extra); out.markup(">") }
            inlines(node)
            if !extra.isEmpty { out.markup("</span>") }
            return
        }
        out.newlineIfNeeded()
        out.markup("<p")
        attributes(extra)
        out.markup(">")
        inlines(node)
        if let backref {
            out.markup(" ")
            footnoteBackref(backref)
        }
        out.markup("</p>\n")
    }

    private mutating func heading(_ node: MarkdownNode, level: Int) {
        let extra = leafAttributes()
        let tags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]
        let tag = tags[min(max(level, 1), 6) - 1]
        out.newlineIfNeeded()
        out.markup("<"); out.markup(tag)
        attributes(extra)
        out.markup(">")
        inlines(node)
        out.markup("</"); out.markup(tag); out.markup(">\n")
    }
}
