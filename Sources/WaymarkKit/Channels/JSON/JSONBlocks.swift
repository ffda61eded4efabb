/// The typed block tree of a JSON page (SPEC §8): one object per Markdown node with
/// a `type`, its own fields and `children`. Fallback leaves carry `fallback: true`
/// and the `lang` of the source locale, like the `wm-fallback` elements in HTML.
///
/// Nodes nest at most `maximumDepth` deep: many JSON parsers refuse documents
/// deeper than 100-500 levels, and Markdown can nest lists thousands deep. A
/// node at the limit that has children is published flattened, as its plain
/// text (`block-depth` warns about it at the source line).
struct JSONBlocks {
    let fallbackLeaves: Set<Int>
    let sourceLocale: String
    /// Stable heading ids by leaf index (`PageBody.headingIDs`).
    var headingIDs: [Int: String] = [:]

    /// Each level costs two JSON levels (the object and its `children` array).
    static let maximumDepth = 32

    /// Writes the top-level blocks of `document` (already link-rewritten) as a JSON array.
    func write(_ document: MarkdownNode, into writer: inout JSONWriter) {
        var leaf = 0
        writeChildren(of: document, leaf: &leaf, depth: 1, into: &writer)
    }

    /// Raw HTML is allowed on the web profile only, so JSON never carries it.
    private static func isPublished(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .htmlBlock, .htmlInline: false
        default: true
        }
    }

    /// One member of a node's object, before it is written in key order.
    private enum Field {
        case string(String)
        case optionalString(String?)
        case int(Int)
        case bool(Bool)
        case strings([String])
        /// The node's published children, written in place.
        case children
    }

    private func writeChildren(of node: MarkdownNode, leaf: inout Int, depth: Int, into writer: inout JSONWriter) {
        writer.beginArray()
        for child in node.children where Self.isPublished(child) {
            writer.element()
            write(child, leaf: &leaf, depth: depth, into: &writer)
        }
        writer.endArray()
    }

    private func write(_ node: MarkdownNode, leaf: inout Int, depth: Int, into writer: inout JSONWriter) {
        if depth >= Self.maximumDepth, !node.children.isEmpty { return writeFlattened(node, leaf: &leaf, into: &writer) }
        var fields = Self.fields(of: node.kind)
        if case .image = node.kind { fields.append(("alt", .string(node.plainText))) }
        if node.kind.isLeafBlock {
            if let id = headingIDs[leaf] { fields.append(("id", .string(id))) }
            if fallbackLeaves.contains(leaf) {
                fields.append(("fallback", .bool(true)))
                fields.append(("lang", .string(sourceLocale)))
            }
            leaf += 1
        }
        if !node.children.isEmpty || Self.hasChildren(node.kind) { fields.append(("children", .children)) }
        fields.sort { $0.key < $1.key }
        writer.beginObject()
        for (key, field) in fields {
            writer.key(key)
            switch field {
            case .string(let text): writer.string(text)
            case .optionalString(let text): if let text { writer.string(text) } else { writer.null() }
            case .int(let number): writer.int(number)
            case .bool(let flag): writer.bool(flag)
            case .strings(let texts):
                writer.beginArray()
                for text in texts {
                    writer.element()
                    writer.string(text)
                }
                writer.endArray()
            case .children: writeChildren(of: node, leaf: &leaf, depth: depth + 1, into: &writer)
            }
        }
        writer.endObject()
    }

    /// `BodyLinkRewriter` already unwrapped unsafe URLs; an app never gets one either way.
    private static func publishable(_ url: String) -> String {
        URLSafety.isPublishable(url) ? url : ""
    }

    /// A deep subtree as one node of its plain text: a paragraph for blocks, a
    /// text run for inlines. Leaf numbering skips the subtree's leaves, and the
    /// node is marked as fallback when any of them is.
    private func writeFlattened(_ node: MarkdownNode, leaf: inout Int, into writer: inout JSONWriter) {
        let text: JSONValue = .object(["type": "text", "text": .string(node.plainText)])
        guard node.kind.isBlock else { return writer.value(text) }
        var leaves = 0
        node.forEachBlock { if $0.kind.isLeafBlock { leaves += 1 } }
        var paragraph: [String: JSONValue] = ["type": "paragraph", "children": .array([text])]
        if (leaf..<leaf + leaves).contains(where: fallbackLeaves.contains) {
            paragraph["fallback"] = .bool(true)
            paragraph["lang"] = .string(sourceLocale)
        }
        leaf += leaves
        writer.value(.object(paragraph))
    }

    private static func hasChildren(_ kind: MarkdownNode.Kind) -> Bool {
        switch kind {
        case .text, .code, .codeBlock, .htmlBlock, .htmlInline, .softBreak, .lineBreak, .thematicBreak, .footnoteReference: false
        default: true
        }
    }

    private static func fields(of kind: MarkdownNode.Kind) -> [(key: String, field: Field)] {
        switch kind {
        case .document: [("type", .string("document"))]
        case .blockQuote: [("type", .string("blockquote"))]
        case .list(let type, let start, _, let tight):
            [("type", .string("list")), ("ordered", .bool(type == .ordered)), ("start", .int(start)), ("tight", .bool(tight))]
        case .item(let checked): checked.map { [("type", .string("listItem")), ("checked", .bool($0))] } ?? [("type", .string("listItem"))]
        case .codeBlock(let info, let literal, _):
            [("type", .string("codeBlock")), ("language", .optionalString(info.split(separator: " ").first.map(String.init))), ("text", .string(literal))]
        case .htmlBlock(let html), .htmlInline(let html): [("type", .string("html")), ("text", .string(html))]
        case .paragraph: [("type", .string("paragraph"))]
        case .heading(let level, _): [("type", .string("heading")), ("level", .int(level))]
        case .thematicBreak: [("type", .string("thematicBreak"))]
        case .table(let alignments): [("type", .string("table")), ("alignments", .strings(alignments.map(\.rawValue)))]
        case .tableRow(let isHeader): [("type", .string("tableRow")), ("header", .bool(isHeader))]
        case .tableCell: [("type", .string("tableCell"))]
        case .footnoteDefinition(let label): [("type", .string("footnoteDefinition")), ("label", .string(label))]
        case .text(let text): [("type", .string("text")), ("text", .string(text))]
        case .softBreak: [("type", .string("softBreak"))]
        case .lineBreak: [("type", .string("lineBreak"))]
        case .code(let code): [("type", .string("code")), ("text", .string(code))]
        case .emphasis: [("type", .string("emphasis"))]
        case .strong: [("type", .string("strong"))]
        case .strikethrough: [("type", .string("strikethrough"))]
        case .link(let destination, let title):
            [("type", .string("link")), ("href", .string(publishable(destination))), ("title", .optionalString(title.isEmpty ? nil : title))]
        case .image(let source, let title):
            [("type", .string("image")), ("src", .string(publishable(source))), ("title", .optionalString(title.isEmpty ? nil : title))]
        case .footnoteReference(let label, _, _): [("type", .string("footnoteReference")), ("label", .string(label))]
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// String literals build `.string` values, which keeps block field tables short.
    init(stringLiteral value: String) {
        self = .string(value)
    }
}
