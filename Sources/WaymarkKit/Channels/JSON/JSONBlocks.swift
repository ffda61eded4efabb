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

    /// The top-level blocks of `document` (already link-rewritten).
    func blocks(of document: MarkdownNode) -> [JSONValue] {
        var leaf = 0
        return document.children.filter(Self.isPublished).map { value(of: $0, leaf: &leaf, depth: 1) }
    }

    /// Raw HTML is allowed on the web profile only, so JSON never carries it.
    private static func isPublished(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .htmlBlock, .htmlInline: false
        default: true
        }
    }

    private func value(of node: MarkdownNode, leaf: inout Int, depth: Int) -> JSONValue {
        if depth >= Self.maximumDepth, !node.children.isEmpty { return flattened(node, leaf: &leaf) }
        var object = fields(of: node.kind)
        if case .image = node.kind { object["alt"] = .string(node.plainText) }
        if node.kind.isLeafBlock {
            if let id = headingIDs[leaf] { object["id"] = .string(id) }
            if fallbackLeaves.contains(leaf) {
                object["fallback"] = .bool(true)
                object["lang"] = .string(sourceLocale)
            }
            leaf += 1
        }
        if !node.children.isEmpty || Self.hasChildren(node.kind) {
            object["children"] = .array(node.children.filter(Self.isPublished).map { value(of: $0, leaf: &leaf, depth: depth + 1) })
        }
        return .object(object)
    }

    /// `BodyLinkRewriter` already unwrapped unsafe URLs; an app never gets one either way.
    private static func publishable(_ url: String) -> String {
        URLSafety.isPublishable(url) ? url : ""
    }

    /// A deep subtree as one node of its plain text: a paragraph for blocks, a
    /// text run for inlines. Leaf numbering skips the subtree's leaves, and the
    /// node is marked as fallback when any of them is.
    private func flattened(_ node: MarkdownNode, leaf: inout Int) -> JSONValue {
        let text: JSONValue = .object(["type": "text", "text": .string(node.plainText)])
        guard node.kind.isBlock else { return text }
        var leaves = 0
        node.forEachBlock { if $0.kind.isLeafBlock { leaves += 1 } }
        var paragraph: [String: JSONValue] = ["type": "paragraph", "children": .array([text])]
        if (leaf..<leaf + leaves).contains(where: fallbackLeaves.contains) {
            paragraph["fallback"] = .bool(true)
            paragraph["lang"] = .string(sourceLocale)
        }
        leaf += leaves
        return .object(paragraph)
    }

    private static func hasChildren(_ kind: MarkdownNode.Kind) -> Bool {
        switch kind {
        case .text, .code, .codeBlock, .htmlBlock, .htmlInline, .softBreak, .lineBreak, .thematicBreak, .footnoteReference: false
        default: true
        }
    }

    private func fields(of kind: MarkdownNode.Kind) -> [String: JSONValue] {
        switch kind {
        case .document: ["type": "document"]
        case .blockQuote: ["type": "blockquote"]
        case .list(let type, let start, _, let tight):
            ["type": "list", "ordered": .bool(type == .ordered), "start": .int(start), "tight": .bool(tight)]
        case .item(let checked): checked.map { ["type": "listItem", "checked": .bool($0)] } ?? ["type": "listItem"]
        case .codeBlock(let info, let literal, _):
            ["type": "codeBlock", "language": .optional(info.split(separator: " ").first.map(String.init)), "text": .string(literal)]
        case .htmlBlock(let html), .htmlInline(let html): ["type": "html", "text": .string(html)]
        case .paragraph: ["type": "paragraph"]
        case .heading(let level, _): ["type": "heading", "level": .int(level)]
        case .thematicBreak: ["type": "thematicBreak"]
        case .table(let alignments): ["type": "table", "alignments": .array(alignments.map { .string($0.rawValue) })]
        case .tableRow(let isHeader): ["type": "tableRow", "header": .bool(isHeader)]
        case .tableCell: ["type": "tableCell"]
        case .footnoteDefinition(let label): ["type": "footnoteDefinition", "label": .string(label)]
        case .text(let text): ["type": "text", "text": .string(text)]
        case .softBreak: ["type": "softBreak"]
        case .lineBreak: ["type": "lineBreak"]
        case .code(let code): ["type": "code", "text": .string(code)]
        case .emphasis: ["type": "emphasis"]
        case .strong: ["type": "strong"]
        case .strikethrough: ["type": "strikethrough"]
        case .link(let destination, let title):
            ["type": "link", "href": .string(Self.publishable(destination)), "title": .optional(title.isEmpty ? nil : title)]
        case .image(let source, let title):
            ["type": "image", "src": .string(Self.publishable(source)), "title": .optional(title.isEmpty ? nil : title)]
        case .footnoteReference(let label, _, _): ["type": "footnoteReference", "label": .string(label)]
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// String literals build `.string` values, which keeps block field tables short.
    init(stringLiteral value: String) {
        self = .string(value)
    }
}
