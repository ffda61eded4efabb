/// A typed HTML tree (in the style of Plot): templates build nodes, and
/// `HTMLNode.render()` turns them into markup, so user text is escaped in
/// exactly one place (`HTMLEscaping.escape`) and never concatenated into tags.
struct HTMLNode: Sendable, Hashable {
    /// One attribute; `value == nil` renders a boolean attribute (`hidden`).
    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String?

        init(_ name: String, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    enum Kind: Sendable, Hashable {
        case doctype
        case element(name: String, attributes: [Attribute], children: [HTMLNode])
        case text(String)
        /// Markup already produced by a trusted renderer (the Markdown body); inserted as is.
        case trusted(String)
    }

    var kind: Kind

    /// Elements with no closing tag in HTML.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The `<!DOCTYPE html>` line.
    static let doctype = HTMLNode(kind: .doctype)

    /// Escaped text content.
    static func text(_ string: String) -> HTMLNode { HTMLNode(kind: .text(string)) }

    /// A trusted fragment from the Markdown renderer.
    static func trusted(_ html: String) -> HTMLNode { HTMLNode(kind: .trusted(html)) }

    /// An element with attributes (in output order) and children.
    static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        HTMLNode(kind: .element(name: name, attributes: attributes, children: children))
    }
}

/// Shorthand for attribute lists in templates: `attrs(("class", "wm-nav"), ("lang", locale))`.
/// A pair whose value is nil is left out, so optional attributes read naturally.
func attrs(_ pairs: (String, String?)...) -> [HTMLNode.Attribute] {
    pairs.compactMap { name, value in value.map { HTMLNode.Attribute(name, $0) } }
}
