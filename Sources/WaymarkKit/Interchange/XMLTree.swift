/// A minimal typed XML tree: writers build it, the secure reader produces it, and
/// `XMLSerializer` is the only place that turns it into text.
struct XMLTreeElement: Sendable, Hashable {
    /// Local name (`unit`, `trans-unit`).
    var name: String
    /// Namespace URI when read from a file; writers put `xmlns` in `attributes`.
    var namespace: String?
    /// Attributes in writing order; `xml:`-namespace attributes are named `xml:lang` etc.
    var attributes: [XMLTreeAttribute]
    /// Child elements and text, in order.
    var children: [XMLTreeNode]
    /// 1-based line in the file it was read from; 0 for built elements.
    var line: Int

    /// An element; `nil` attribute values are left out, so optional ones read naturally.
    init(
        _ name: String, _ attributes: [(String, String?)] = [], children: [XMLTreeNode] = [],
        namespace: String? = nil, line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes.compactMap { key, value in value.map { XMLTreeAttribute(name: key, value: $0) } }
        self.children = children
        self.line = line
    }

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Child elements named `name`, in order.
    func elements(_ name: String) -> [XMLTreeElement] {
        children.compactMap { node in
            if case .element(let element) = node, element.name == name { return element }
            return nil
        }
    }

    /// The first child element named `name`.
    func element(_ name: String) -> XMLTreeElement? { elements(name).first }

    /// All text below this element, concatenated.
    var text: String {
        children.map { node in
            switch node {
            case .text(let text): return text
            case .element(let element): return element.text
            }
        }.joined()
    }
}

/// One attribute.
struct XMLTreeAttribute: Sendable, Hashable {
    var name: String
    var value: String
}

/// Element content: a child element or character data.
enum XMLTreeNode: Sendable, Hashable {
    case element(XMLTreeElement)
    case text(String)
}
