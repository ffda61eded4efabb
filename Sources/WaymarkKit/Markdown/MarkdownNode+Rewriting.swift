extension MarkdownNode {
    /// Calls `visit` for this node and every descendant (blocks and inlines), parents first.
    func forEachNode(_ visit: (MarkdownNode) -> Void) {
        // `forEachDescendant`'s explicit stack, not recursion: a recursive walk passed a
        // rule's captured page along at every level (a copy of it per node visited).
        visit(self)
        forEachDescendant { node in
            visit(node)
            return true
        }
    }

    /// `transform` applied to every node, blocks and inlines, parents first, keeping the
    /// non-nil results, without collecting a copy of every node first.
    func compactMapNodes<T>(_ transform: (MarkdownNode) -> T?) -> [T] {
        var found: [T] = []
        forEachNode { node in
            if let value = transform(node) { found.append(value) }
        }
        return found
    }

    /// A copy with `transform` applied to every node, children before parents.
    func rewritten(_ transform: (MarkdownNode) -> MarkdownNode) -> MarkdownNode {
        var copy = self
        copy.children = children.map { $0.rewritten(transform) }
        return transform(copy)
    }

    /// Like `rewritten`, for a `transform` that returns nil when it leaves a node as
    /// it is: the result is nil when no node changed, and only the nodes on the path
    /// to a change are copied (most rewrites of a page body change nothing, and a
    /// copy of every node was a tenth of rendering).
    func rewrittenIfChanged(_ transform: (MarkdownNode) -> MarkdownNode?) -> MarkdownNode? {
        var changedChildren: [MarkdownNode]?
        for offset in children.indices {
            guard let changed = children[offset].rewrittenIfChanged(transform) else { continue }
            if changedChildren == nil { changedChildren = children }
            changedChildren![offset] = changed
        }
        guard let changedChildren else { return transform(self) }
        var copy = self
        copy.children = changedChildren
        return transform(copy) ?? copy
    }
}
