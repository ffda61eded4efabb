/// The prose a reader reads on a page, for the readability engine (SPEC §7):
/// the title and every heading, paragraph, list item and table cell as plain
/// text, without code, images, raw HTML or bare URLs.
enum ProseExtractor {
    /// `leafLines` maps leaf index to the line a person edits (`.md` or `.po`).
    static func blocks(title: String, titleLine: Int, body: MarkdownNode, leafLines: [Int: Int]) -> [ProseBlock] {
        var blocks = [ProseBlock(text: title, line: titleLine, kind: .heading)]
        var inList = Set<SourceRange>()
        body.forEachBlock { node in
            if case .item = node.kind { for child in node.children { inList.insert(child.range) } }
        }
        body.forEachLeaf { index, leaf in
            let text = proseText(leaf).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return }
            let kind: ProseBlock.Kind
            switch leaf.kind {
            case .heading: kind = .heading
            case .tableCell: kind = .tableCell
            default: kind = inList.contains(leaf.range) ? .listItem : .paragraph
            }
            blocks.append(ProseBlock(text: text, line: leafLines[index] ?? leaf.range.startLine, kind: kind))
        }
        return blocks
    }

    /// Visible words of inline content: code spans, images and autolinked URLs are not prose.
    static func proseText(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .text(let text): return text
        case .softBreak, .lineBreak: return " "
        case .code, .image, .htmlInline, .htmlBlock, .codeBlock, .footnoteReference: return ""
        case .link(let destination, _):
            let text = node.children.map(proseText).joined()
            return text == destination || text == destination.replacingOccurrences(of: "mailto:", with: "") ? "" : text
        default: return node.children.map(proseText).joined()
        }
    }
}
