/// Writes an `XMLTreeElement` tree as a UTF-8 XML document: two-space indentation for
/// element-only content, mixed content (`<source>`, `<note>`) written inline so no
/// whitespace is added to translatable text. All escaping happens in `escape`.
enum XMLSerializer {
    /// The document: XML declaration, root element, final newline. Elements named in
    /// `inline` (and everything inside them or inside any element holding text) are
    /// written without added whitespace.
    static func document(_ root: XMLTreeElement, inline: Set<String>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(root, depth: 0, inline: inline, to: &out)
        out += "\n"
        return out
    }

    private static func write(_ element: XMLTreeElement, depth: Int, inline: Set<String>?, to out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        out += "<" + element.name
        for attribute in element.attributes {
            out += " \(attribute.name)=\"\(escape(attribute.value, inAttribute: true))\""
        }
        if element.children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        // `nil` means "inside inline content": never indent there.
        let indenting = inline.map { !$0.contains(element.name) } ?? false
        let elementOnly = indenting
            && element.children.allSatisfy { if case .element = $0 { true } else { false } }
        for child in element.children {
            switch child {
            case .text(let text):
                out += escape(text, inAttribute: false)
            case .element(let childElement):
                if elementOnly { out += "\n" + indent + "  " }
                write(childElement, depth: depth + 1, inline: elementOnly ? inline : nil, to: &out)
            }
        }
        if elementOnly { out += "\n" + indent }
        out += "</\(element.name)>"
    }

    /// Escapes text for XML 1.0. Carriage returns (and in attributes newlines and tabs)
    /// become character references so parsers give them back unchanged; characters XML
    /// cannot hold become U+FFFD (XLIFF 2.0 writers emit `<cp>` for them first).
    static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\r": out += "&#xD;"
            case "\n" where inAttribute: out += "&#xA;"
            case "\t" where inAttribute: out += "&#x9;"
            default: out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
