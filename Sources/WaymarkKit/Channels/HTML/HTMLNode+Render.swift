extension HTMLNode {
    /// Compact, deterministic markup: attributes in the order given, a newline after
    /// block-level closing tags so diffs of generated pages stay readable.
    func render() -> String {
        var writer = HTMLWriter()
        write(to: &writer)
        return writer.html
    }

    /// Block-level elements followed by a newline in the output.
    static let lineBreakingElements: Set<String> = [
        "html", "head", "body", "header", "nav", "main", "footer", "article", "section", "aside",
        "ul", "ol", "li", "p", "h1", "h2", "h3", "div", "meta", "link", "title",
    ]

    /// Appends the markup to `writer`: one byte buffer for a whole document, text
    /// escaped by `HTMLWriter` like `HTMLEscaping` does.
    func write(to writer: inout HTMLWriter) {
        switch kind {
        case .doctype:
            writer.markup("<!DOCTYPE html>\n")
        case .text(let string):
            writer.text(string)
        case .trusted(let html):
            writer.trusted(html)
        case .element(let name, let attributes, let children):
            writer.markup("<")
            writer.trusted(name)
            for attribute in attributes {
                writer.markup(" ")
                writer.trusted(attribute.name)
                guard let value = attribute.value else { continue }
                writer.markup("=\"")
                if HTMLEscaping.urlAttributes.contains(attribute.name) { writer.url(value) } else { writer.text(value) }
                writer.markup("\"")
            }
            writer.markup(">")
            if Self.voidElements.contains(name) {
                if Self.lineBreakingElements.contains(name) { writer.markup("\n") }
                return
            }
            for child in children { child.write(to: &writer) }
            writer.markup("</")
            writer.trusted(name)
            writer.markup(">")
            if Self.lineBreakingElements.contains(name) { writer.markup("\n") }
        }
    }
}
