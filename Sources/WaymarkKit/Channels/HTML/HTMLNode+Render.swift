extension HTMLNode {
    /// Compact, deterministic markup: attributes in the order given, a newline after
    /// block-level closing tags so diffs of generated pages stay readable.
    func render() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Block-level elements followed by a newline in the output.
    static let lineBreakingElements: Set<String> = [
        "html", "head", "body", "header", "nav", "main", "footer", "article", "section", "aside",
        "ul", "ol", "li", "p", "h1", "h2", "h3", "div", "meta", "link", "title",
    ]

    private func write(to output: inout String) {
        switch kind {
        case .doctype:
            output += "<!DOCTYPE html>\n"
        case .text(let string):
            output += HTMLEscaping.escape(string)
        case .trusted(let html):
            output += html
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name
                guard let value = attribute.value else { continue }
                let escaped = HTMLEscaping.urlAttributes.contains(attribute.name) ? HTMLEscaping.escapeURL(value) : HTMLEscaping.escape(value)
                output += "=\"" + escaped + "\""
            }
            output += ">"
            if Self.voidElements.contains(name) {
                if Self.lineBreakingElements.contains(name) { output += "\n" }
                return
            }
            for child in children { child.write(to: &output) }
            output += "</" + name + ">"
            if Self.lineBreakingElements.contains(name) { output += "\n" }
        }
    }
}
