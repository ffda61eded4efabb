extension MarkdownNode {
    /// Calls `visit` for this node and every descendant (blocks and inlines), parents first.
    func forEachNode(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        for child in children { child.forEachNode(visit) }
    }

    /// Every node, blocks and inlines, parents first.
    var allNodes: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        forEachNode { nodes.append($0) }
        return nodes
    }

    /// A copy with `transform` applied to every node, children before parents.
    func rewritten(_ transform: (MarkdownNode) -> MarkdownNode) -> MarkdownNode {
        var copy = self
        copy.children = children.map { $0.rewritten(transform) }
        return transform(copy)
    }
}
