import CLibXML2

/// Copies a libxml2 DOM into `XMLTreeElement` values, keeping line numbers, so nothing
/// outside `SecureXMLParser` touches libxml2 pointers.
enum XMLTreeBuilder {
    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The element and everything below it (depth is bounded by libxml2's limit of 256).
    static func element(_ node: xmlNodePtr) -> XMLTreeElement {
        var element = XMLTreeElement(
            string(node.pointee.name),
            namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            line: Int(xmlGetLineNo(node))
        )
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = attributeName(current) {
                element.attributes.append(XMLTreeAttribute(name: name, value: text(of: current.pointee.children)))
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(self.element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                element.children.append(.text(string(current.pointee.content)))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    // Unqualified attributes keep their name, `xml:` ones get the prefix; other
    // namespaces are extensions Waymark does not read.
    private static func attributeName(_ attribute: xmlAttrPtr) -> String? {
        let name = string(attribute.pointee.name)
        guard let namespace = attribute.pointee.ns?.pointee.href else { return name }
        return String(cString: namespace) == xmlNamespace ? "xml:" + name : nil
    }

    private static func text(of node: xmlNodePtr?) -> String {
        var out = ""
        var current = node
        while let node = current {
            out += string(node.pointee.content)
            current = node.pointee.next
        }
        return out
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
