/// The footnote a definition's back-reference links to.
struct FootnoteBackref {
    /// The definition label, for `#fnref-<label>` anchors.
    var label: String
    /// How many references point at this footnote (one backref link each).
    var referenceCount: Int
}

extension HTMLRenderPass {
    /// Tables (GFM `table` extension), rendered like cmark-gfm's table.c.
    mutating func tablePart(_ node: MarkdownNode) {
        switch node.kind {
        case .table(let alignments):
            out.newlineIfNeeded()
            if let label = options.tableRegionLabel {
                out.markup("<div class=\"wm-table\" role=\"region\" tabindex=\"0\"")
                out.attribute("aria-label", label)
                out.markup(">\n")
            }
            out.markup("<table>")
            tableAlignments = alignments
            tableBodyOpen = false
            children(node)
            if tableBodyOpen {
                out.newlineIfNeeded()
                out.markup("</tbody>")
                out.newlineIfNeeded()
            }
            tableBodyOpen = false
            out.newlineIfNeeded()
            out.markup("</table>")
            out.newlineIfNeeded()
            if options.tableRegionLabel != nil { out.markup("</div>\n") }
        case .tableRow(let isHeader):
            tableRow(node, isHeader: isHeader)
        default:
            tableCell(node, column: 0)
        }
    }

    private mutating func tableRow(_ node: MarkdownNode, isHeader: Bool) {
        out.newlineIfNeeded()
        if isHeader {
            inTableHeader = true
            out.markup("<thead>")
            out.newlineIfNeeded()
        } else if !tableBodyOpen {
            out.markup("<tbody>")
            out.newlineIfNeeded()
            tableBodyOpen = true
        }
        out.markup("<tr>")
        for (column, cell) in node.children.enumerated() { tableCell(cell, column: column) }
        out.newlineIfNeeded()
        out.markup("</tr>")
        if isHeader {
            out.newlineIfNeeded()
            out.markup("</thead>")
            inTableHeader = false
        }
    }

    private mutating func tableCell(_ node: MarkdownNode, column: Int) {
        let extra = leafAttributes()
        out.newlineIfNeeded()
        out.markup(inTableHeader ? "<th" : "<td")
        switch column < tableAlignments.count ? tableAlignments[column] : .none {
        case .left: out.markup(" align=\"left\"")
        case .center: out.markup(" align=\"center\"")
        case .right: out.markup(" align=\"right\"")
        case .none: break
        }
        attributes(extra)
        out.markup(">")
        inlines(node)
        out.markup(inTableHeader ? "</th>" : "</td>")
    }

    /// One footnote definition as an `<li>` of the footnotes section.
    mutating func footnoteDefinition(_ node: MarkdownNode, label: String) {
        if !footnotesOpened {
            out.markup("<section class=\"footnotes\" data-footnotes>\n<ol>\n")
            footnotesOpened = true
        }
        footnoteNumber += 1
        out.markup("<li id=\"fn-")
        out.url(label)
        out.markup("\">\n")
        backrefWritten = false
        let backref = FootnoteBackref(label: label, referenceCount: referenceCounts[footnoteNumber] ?? 0)
        children(node, backrefForLast: backref)
        if !backrefWritten {
            footnoteBackref(backref)
            out.markup("\n")
        }
        out.markup("</li>\n")
    }

    /// The `↩` links back to each reference of a footnote.
    mutating func footnoteBackref(_ backref: FootnoteBackref) {
        backrefWritten = true
        out.markup("<a href=\"#fnref-")
        out.url(backref.label)
        out.markup("\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩</a>")
        guard backref.referenceCount > 1 else { return }
        for occurrence in 2...backref.referenceCount {
            out.markup(" <a href=\"#fnref-")
            out.url(backref.label)
            out.markup("-")
            out.number(occurrence)
            out.markup("\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩<sup class=\"footnote-ref\">")
            out.number(occurrence)
            out.markup("</sup></a>")
        }
    }

    /// A footnote reference: `<sup class="footnote-ref"><a ...>n</a></sup>`.
    mutating func footnoteReference(label: String, index: Int, occurrence: Int) {
        out.markup("<sup class=\"footnote-ref\"><a href=\"#fn-")
        out.url(label)
        out.markup("\" id=\"fnref-")
        out.url(label)
        if occurrence > 1 {
            out.markup("-")
            out.number(occurrence)
        }
        out.markup("\" data-footnote-ref>")
        out.number(index)
        out.markup("</a></sup>")
    }
}
