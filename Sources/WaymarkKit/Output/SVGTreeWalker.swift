import CLibXML2

/// The removal pass of `SVGSanitizer`: walks a libxml2 tree and unlinks what could
/// run code or load something from outside, recording each removal.
struct SVGTreeWalker {
    /// What was removed, in document order.
    private(set) var removed: [SVGSanitizer.Removal] = []
    /// Set when the document cannot be made safe.
    private(set) var refusal: String?

    /// Elements removed with everything inside them, by lowercased local name, in any namespace.
    static let removedElements: Set<String> = [
        "script", "foreignobject", "iframe", "frame", "object", "embed", "applet", "handler", "listener",
        "base", "meta", "link", "form", "audio", "video", "source", "track",
    ]

    /// Animation elements, removed when they target a link or an event handler.
    static let animations: Set<String> = ["animate", "set", "animatetransform", "animatemotion", "animatecolor"]

    /// Attributes whose value is a URL, by lowercased local name.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "data", "codebase"]

    /// Visits `node` and, unless it is removed, its children.
    mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_PI_NODE:
            remove(node, "processing instruction <?\(SVGSanitizer.localName(node))?>")
        case XML_ENTITY_REF_NODE, XML_ENTITY_NODE:
            refusal = "the SVG uses entity references"
        case XML_ELEMENT_NODE:
            element(node)
        default:
            break
        }
    }

    private mutating func element(_ node: xmlNodePtr) {
        let name = SVGSanitizer.localName(node)
        if Self.removedElements.contains(name) || SVGSanitizer.namespace(node) == SVGSanitizer.xhtmlNamespace {
            return remove(node, "<\(name)> element")
        }
        if Self.animations.contains(name), let target = attribute(node, "attributename")?.lowercased(),
           target.hasSuffix("href") || target.hasPrefix("on") || target == "style" {
            return remove(node, "<\(name)> changing '\(target)'")
        }
        if name == "style", let css = content(node), !Self.isSafeCSS(css) {
            return remove(node, "<style> loading outside resources")
        }
        attributes(of: node, elementName: name)
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            visit(current)
        }
    }

    private mutating func attributes(of node: xmlNodePtr, elementName: String) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            let value = Self.value(of: current)
            let problem: String?
            if name.hasPrefix("on") {
                problem = "event handler '\(name)'"
            } else if Self.urlAttributes.contains(name), !Self.isLocalReference(value, allowsImage: elementName == "image") {
                problem = "'\(name)' to '\(value.prefix(60))'"
            } else if !Self.isSafeCSS(value) {
                problem = "'\(name)' loading outside resources"
            } else {
                problem = nil
            }
            if let problem {
                removed.append(SVGSanitizer.Removal(what: problem, line: Int(xmlGetLineNo(node))))
                xmlRemoveProp(current)
            }
        }
    }

    private mutating func remove(_ node: xmlNodePtr, _ what: String) {
        removed.append(SVGSanitizer.Removal(what: what, line: Int(xmlGetLineNo(node))))
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// `#id`, a relative path to another file of the site, or (for `<image>`) an embedded PNG, JPEG, GIF or WebP.
    static func isLocalReference(_ value: String, allowsImage: Bool) -> Bool {
        let url = URLSafety.normalized(value)
        if url.isEmpty || url.hasPrefix("#") { return true }
        let lower = url.lowercased()
        if allowsImage, ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains(where: lower.hasPrefix) {
            return true
        }
        let decoded = URLSafety.percentDecoded(HTMLCharacterReferences.decoded(url))
        return URLSafety.isPublishable(url) && !ContentLink.hasScheme(decoded) && !decoded.hasPrefix("/") && !decoded.hasPrefix("\\")
            && !decoded.contains("\\")
    }

    /// CSS without `@import`, `expression(`, `javascript:` or a `url(...)` other than `url(#id)`.
    static func isSafeCSS(_ css: String) -> Bool {
        let lower = URLSafety.normalized(HTMLCharacterReferences.decoded(css)).lowercased().replacingOccurrences(of: "\\", with: "")
        if lower.contains("@import") || lower.contains("expression(") || lower.contains("javascript:") || lower.contains("behavior:") {
            return false
        }
        var rest = Substring(lower)
        while let open = rest.range(of: "url(") {
            let inside = rest[open.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            if !inside.hasPrefix("#") { return false }
            rest = inside
        }
        return true
    }

    private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.name.map({ String(cString: $0).lowercased() }) == name { return Self.value(of: current) }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text and CDATA directly inside `node`.
    private func content(_ node: xmlNodePtr) -> String? {
        Self.text(from: node.pointee.children)
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        text(from: attribute.pointee.children)
    }

    /// The content of `first` and its following siblings, concatenated.
    private static func text(from first: xmlNodePtr?) -> String {
        var out = ""
        var child = first
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }
}
