/// Replaces `{{name}}` in the text of a parsed page with the value for the
/// page's locale. Done on the tree, never on rendered HTML, so values are
/// escaped by the renderer like any other text.
enum PlaceholderExpander {
    static func expand(_ document: MarkdownNode, _ resolve: (String) -> String?) -> MarkdownNode {
        document.rewritten { node in
            guard case .text(let text) = node.kind, text.contains("{{") else { return node }
            var copy = node
            copy.kind = .text(Placeholder.expand(text, resolve))
            return copy
        }
    }
}
