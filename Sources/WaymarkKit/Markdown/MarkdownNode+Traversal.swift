extension MarkdownNode.Kind {
    /// True for the blocks that hold translatable inline content and get a
    /// *leaf index*: paragraphs, headings and table cells. The renderer, the
    /// segmenter and the channels all number leaves by this one predicate, in
    /// pre-order (`MarkdownNode.forEachLeaf`).
    var isLeafBlock: Bool {
        switch self {
        case .paragraph, .heading, .tableCell: true
        default: false
        }
    }

    /// True for block-level kinds (everything that is not inline content).
    var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
             .thematicBreak, .table, .tableRow, .tableCell, .footnoteDefinition:
            true
        default:
            false
        }
    }
}

extension MarkdownNode {
    /// Calls `body` with every leaf block (see `Kind.isLeafBlock`) and its leaf
    /// index, in pre-order. This is *the* definition of leaf numbering; the
    /// renderer counts leaves with the same predicate in the same order.
    /// Only blocks are entered; the walk keeps an explicit stack (Markdown can
    /// nest thousands deep) of children arrays, so it copies no tree.
    func forEachLeaf(_ body: (_ index: Int, _ leaf: MarkdownNode) -> Void) {
        guard kind.isBlock else { return }
        var index = 0
        if kind.isLeafBlock {
            body(index, self)
            index += 1
        }
        forEachDescendant { node in
            guard node.kind.isBlock else { return false }
            if node.kind.isLeafBlock {
                body(index, node)
                index += 1
            }
            return true
        }
    }

    /// `forEachLeaf` that also tells where the leaf sits: its container
    /// ancestors (outermost first) and the sibling that follows it. Same walk as
    /// `forEachLeaf`; the context is only built for leaves.
    func forEachLeaf(_ body: (_ index: Int, _ leaf: MarkdownNode, _ context: LeafContext) -> Void) {
        guard kind.isBlock else { return }
        var index = 0
        if kind.isLeafBlock {
            body(index, self, LeafContext(ancestors: [], path: [], nextSibling: nil))
            index += 1
        }
        // One frame per open block: the block, and the offset of its next child to visit.
        var stack: [(parent: MarkdownNode, next: Int)] = []
        if !children.isEmpty { stack.append((self, 0)) }
        while let top = stack.indices.last {
            let position = stack[top].next
            let siblings = stack[top].parent.children
            guard position < siblings.count else {
                stack.removeLast()
                continue
            }
            stack[top].next = position + 1
            let node = siblings[position]
            guard node.kind.isBlock else { continue }
            if node.kind.isLeafBlock {
                let context = LeafContext(
                    ancestors: stack.map(\.parent), path: stack.map { $0.next - 1 },
                    nextSibling: position + 1 < siblings.count ? siblings[position + 1] : nil)
                body(index, node, context)
                index += 1
            }
            if !node.children.isEmpty { stack.append((node, 0)) }
        }
    }

    /// Where a leaf block sits in its document.
    struct LeafContext: Sendable {
        /// The blocks containing the leaf, from the document down to its parent.
        var ancestors: [MarkdownNode]
        /// The child index taken at each level from the document down to the leaf
        /// (`path.last` is the leaf's index in its parent).
        var path: [Int]
        /// The block right after the leaf in its parent, if any.
        var nextSibling: MarkdownNode?
    }

    /// All leaf blocks; `leafBlocks[i]` has leaf index `i`.
    var leafBlocks: [MarkdownNode] {
        var leaves: [MarkdownNode] = []
        forEachLeaf { _, leaf in leaves.append(leaf) }
        return leaves
    }

    /// Calls `body` with this node and every block below it, in pre-order;
    /// inline content is not visited.
    func forEachBlock(_ body: (MarkdownNode) -> Void) {
        guard kind.isBlock else { return }
        body(self)
        forEachDescendant { node in
            guard node.kind.isBlock else { return false }
            body(node)
            return true
        }
    }

    /// Calls `body` with every inline node below this node, in pre-order.
    func forEachInline(_ body: (MarkdownNode) -> Void) {
        forEachDescendant { node in
            if !node.kind.isBlock { body(node) }
            return true
        }
    }

    /// The one pre-order walk below this node: `visit` sees each node and says
    /// whether to enter its children. It keeps an explicit stack of children
    /// arrays (Markdown can nest thousands deep), so no node is copied.
    func forEachDescendant(_ visit: (MarkdownNode) -> Bool) {
        var stack: [(siblings: [MarkdownNode], next: Int)] = []
        if !children.isEmpty { stack.append((children, 0)) }
        while let top = stack.indices.last {
            let position = stack[top].next
            guard position < stack[top].siblings.count else {
                stack.removeLast()
                continue
            }
            stack[top].next = position + 1
            let node = stack[top].siblings[position]
            if visit(node), !node.children.isEmpty { stack.append((node.children, 0)) }
        }
    }

    /// The text a reader sees, without markup: text, code and image alt text;
    /// line breaks become spaces. Used for titles and readability.
    var plainText: String {
        var text = ""
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text(let value), .code(let value): text += value
            case .softBreak, .lineBreak: text += " "
            case .codeBlock(_, let literal, _): text += literal
            default: break
            }
            if node.kind.isBlock, !text.isEmpty, !text.hasSuffix("\n"), node.kind != .document {
                // Separate blocks so words of adjacent paragraphs never merge.
                text += "\n"
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return text.trimmedMarkdownWhitespace()
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmedMarkdownWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
