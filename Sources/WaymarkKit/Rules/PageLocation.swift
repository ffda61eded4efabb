extension SourcePage {
    /// Where `node` starts in this page's `.md` file.
    func location(of node: MarkdownNode) -> SourceLocation {
        SourceLocation(path: path, line: node.range.startLine, column: node.range.startColumn)
    }
}
