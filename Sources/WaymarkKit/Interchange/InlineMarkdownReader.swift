/// Turns the inline content of an XLIFF `<source>` or `<target>` back into Markdown;
/// each XLIFF version says what its inline elements stand for.
protocol InlineMarkdownReader {
    /// The Markdown one inline element (and its content) stands for. Sources are read
    /// first, so target codes can borrow their data.
    mutating func render(_ element: XMLTreeElement, isSource: Bool) -> String
}

extension InlineMarkdownReader {
    /// The Markdown for a `<source>` or `<target>`; read the source first.
    mutating func markdown(_ element: XMLTreeElement, isSource: Bool) -> String {
        render(element.children, isSource: isSource)
    }

    /// Text and elements in order.
    mutating func render(_ nodes: [XMLTreeNode], isSource: Bool) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .element(let element): out += render(element, isSource: isSource)
            }
        }
        return out
    }
}
