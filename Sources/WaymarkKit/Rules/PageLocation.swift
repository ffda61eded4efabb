extension SourcePage {
    /// Where `node` starts in this page's `.md` file.
    func location(of node: MarkdownNode) -> SourceLocation {
        SourceLocation(path: path, line: node.range.startLine, column: node.range.startColumn)
    }

    /// The span of `node` in this page's `.md` file (cmark's inclusive end made
    /// half-open), or nil when cmark gave it no position.
    func range(of node: MarkdownNode) -> Range<SourceLocation>? {
        let range = node.range
        guard range.startLine > 0, range.endLine > 0 else { return nil }
        return location(of: node).span(to: SourceLocation(path: path, line: range.endLine, column: range.endColumn + 1))
    }
}
