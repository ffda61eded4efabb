/// Renders a `MarkdownNode` document to HTML identical to cmark-gfm's
/// (`cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist
/// -e footnotes`, plus `--unsafe` when `allowRawHTML` is on), with the hooks
/// of `MarkdownHTMLOptions` applied.
struct MarkdownHTMLRenderer: Sendable {
    /// Link/image rewriting, fallback marking and raw-HTML policy.
    var options: MarkdownHTMLOptions

    /// Creates a renderer with `options`.
    init(options: MarkdownHTMLOptions = MarkdownHTMLOptions()) {
        self.options = options
    }

    /// The HTML for `document` (a `.document` node or any block subtree).
    func render(_ document: MarkdownNode) -> String {
        var pass = HTMLRenderPass(options: options, document: document)
        pass.block(document, tight: false, backref: nil)
        if pass.footnotesOpened { pass.out.markup("</ol>\n</section>\n") }
        return pass.out.html
    }
}

/// The state of one render: output, the next leaf index and footnote bookkeeping.
struct HTMLRenderPass {
    /// The hooks and policies of this render.
    let options: MarkdownHTMLOptions
    /// The HTML written so far.
    var out = HTMLWriter()
    /// Leaf index of the next leaf block entered (same pre-order as `forEachLeaf`).
    var nextLeaf = 0
    /// How many references point at each footnote number.
    let referenceCounts: [Int: Int]
    /// Whether the footnotes `<section>` has been opened.
    var footnotesOpened = false
    /// Number of the footnote definition being rendered.
    var footnoteNumber = 0
    /// Whether the backref of the current footnote definition has been written.
    var backrefWritten = false
    /// Inside table header row: cells are `th`.
    var inTableHeader = false
    /// Whether `<tbody>` has been opened for the current table.
    var tableBodyOpen = false
    /// Column alignments of the current table.
    var tableAlignments: [MarkdownNode.TableAlignment] = []

    /// Prepares a render of `document`: counts references per footnote for backrefs.
    init(options: MarkdownHTMLOptions, document: MarkdownNode) {
        self.options = options
        var counts: [Int: Int] = [:]
        document.forEachInline { node in
            if case .footnoteReference(_, let index, _) = node.kind { counts[index, default: 0] += 1 }
        }
        referenceCounts = counts
    }

    /// Takes the next leaf index and returns the channel's extra attributes for it.
    mutating func leafAttributes() -> [MarkdownHTMLOptions.Attribute] {
        defer { nextLeaf += 1 }
        return options.leafAttributes(nextLeaf)
    }

    /// Writes ` name="value"` for each attribute.
    mutating func attributes(_ attributes: [MarkdownHTMLOptions.Attribute]) {
        for attribute in attributes { out.attribute(attribute.name, attribute.value) }
    }
}
