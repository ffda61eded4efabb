import Foundation

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
        var text = ""
        body.forEachLeaf { index, leaf in
            text.removeAll(keepingCapacity: true)
            appendProseText(leaf, to: &text)
            let trimmed = trimmedWhitespace(text)
            guard !trimmed.isEmpty else { return }
            let kind: ProseBlock.Kind
            switch leaf.kind {
            case .heading: kind = .heading
            case .tableCell: kind = .tableCell
            default: kind = !inList.isEmpty && inList.contains(leaf.range) ? .listItem : .paragraph
            }
            blocks.append(ProseBlock(text: trimmed, line: leafLines[index] ?? leaf.range.startLine, kind: kind))
        }
        return blocks
    }

    /// Visible words of inline content: code spans, images and autolinked URLs are not prose.
    static func proseText(_ node: MarkdownNode) -> String {
        var text = ""
        appendProseText(node, to: &text)
        return text
    }

    /// Appends `proseText(node)` to `text`, without a string per node.
    private static func appendProseText(_ node: MarkdownNode, to text: inout String) {
        switch node.kind {
        case .text(let value): text += value
        case .softBreak, .lineBreak: text += " "
        case .code, .image, .htmlInline, .htmlBlock, .codeBlock, .footnoteReference: return
        case .link(let destination, _):
            var linkText = ""
            for child in node.children { appendProseText(child, to: &linkText) }
            if linkText == destination || linkText == destination.replacingOccurrences(of: "mailto:", with: "") { return }
            text += linkText
        default:
            for child in node.children { appendProseText(child, to: &text) }
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`; text that starts and ends
    /// with a visible ASCII character (nearly every block) is returned without asking Foundation.
    static func trimmedWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, isVisibleASCII(first), isVisibleASCII(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
