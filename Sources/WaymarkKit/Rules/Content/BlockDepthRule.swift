/// Markdown nested deeper than the app channel publishes: lists or quotes
/// inside each other more than `JSONBlocks.maximumDepth` levels. The JSON
/// block tree flattens what is deeper into plain text, so its parsers never
/// meet a document hundreds of levels deep.
struct BlockDepthRule: PageRule {
    static let description = RuleDescription(
        id: "block-depth", name: "Blocks nested too deeply",
        summary: "Lists, quotes and emphasis nest at most \(JSONBlocks.maximumDepth) levels; the app channel flattens deeper content into plain text.",
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [.page(String(repeating: "> ", count: JSONBlocks.maximumDepth - 1) + "↓- Deep\n")],
        nonTriggeringExamples: [.page("- One\n  - Two\n    - Three\n")])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        guard let deep = Self.firstTooDeep(page.document) else { return [] }
        return [diagnostic("content nests more than \(JSONBlocks.maximumDepth) levels deep; the app channel publishes it flattened to plain text", at: page.location(of: deep))]
    }

    /// The first node (pre-order) at the depth where `JSONBlocks` flattens.
    static func firstTooDeep(_ document: MarkdownNode) -> MarkdownNode? {
        var stack: [(node: MarkdownNode, depth: Int)] = document.children.reversed().map { ($0, 1) }
        while let (node, depth) = stack.popLast() {
            if depth >= JSONBlocks.maximumDepth, !node.children.isEmpty { return node }
            stack.append(contentsOf: node.children.reversed().map { ($0, depth + 1) })
        }
        return nil
    }
}
