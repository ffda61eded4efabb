import CLibXML2
import Foundation
@testable import WaymarkKit

/// Parses channel output the way a browser or an app reads it (libxml2's HTML
/// parser, `JSONSerialization`, libxml2's XML parser for SVG) and lists everything
/// that could run code or reach outside: script elements, event handlers, dangerous
/// URLs, external loads on tor, raw HTML in page bodies, control characters.
/// Independent of Waymark's own URL test on purpose: it checks the output, not the code.
struct HostileOutputInspector {
    /// Whether the channel is the tor profile (nothing external at all).
    var tor: Bool
    /// Script texts a clean build of the same configuration has (template scripts).
    var allowedScripts: Set<String> = []
    /// Whether page bodies may hold only what Markdown renders (off for the writers'
    /// own `allow-raw-html` pages, whose tags are allowed but must still be harmless).
    var bodiesAreMarkdownOnly = true

    /// Elements no Waymark output may contain, not even from the writers' own HTML:
    /// they run code, load documents, submit data or rebase links. (Media elements
    /// are checked by their URLs; in translated bodies the Markdown allowlist bars them.)
    static let forbiddenElements: Set<String> = [
        "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "math", "style",
        "button", "select", "keygen", "isindex", "portal", "template",
    ]
    /// Attributes whose value is (or holds) a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "longdesc",
        "ping", "codebase", "manifest", "lowsrc", "dynsrc", "srcdoc",
    ]
    /// What Markdown renders inside a page body: anything else is raw HTML.
    static let bodyElements: Set<String> = [
        "div", "p", "a", "img", "em", "strong", "del", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "input", "sup", "section", "span",
    ]
    static let bodyAttributes: Set<String> = [
        "href", "src", "alt", "title", "class", "id", "lang", "align", "start", "type", "checked", "disabled",
        "data-footnotes", "data-footnote-ref", "data-footnote-backref", "aria-label", "hreflang",
        // Written by Waymark itself: tor's PNG images, table scroll regions, drawn task boxes.
        "srcset", "width", "height", "role", "tabindex", "aria-hidden",
    ]

    /// The scheme a browser sees in `url` (WHATWG: tab and newline removed, C0 and
    /// space trimmed), lowercased; nil for a relative URL.
    static func scheme(_ url: String) -> String? {
        let scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = scalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
        var name = ""
        for scalar in trimmed {
            if scalar == ":" { return name.isEmpty ? nil : name.lowercased() }
            let isLetter = (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            let isOther = (0x30...0x39).contains(scalar.value) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!name.isEmpty && isOther) else { return nil }
            name.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Dangerous as a browser reads it, or as an app that drops control characters would.
    static func isDangerous(_ url: String) -> Bool {
        let stripped = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        return [url, stripped].contains { value in
            scheme(value).map { !["http", "https", "mailto", "tel"].contains($0) } ?? false
        }
    }

    /// Loads something from outside the site (any scheme or a protocol-relative URL).
    static func isExternal(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        return scheme(url) != nil || trimmed.hasPrefix("//") || trimmed.hasPrefix("\\\\") || trimmed.hasPrefix("/\\")
    }

    /// Control characters other than tab and newline in `text`.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    /// Problems in one output file, by its extension.
    func inspect(_ file: OutputFile) -> [String] {
        let text = String(decoding: file.contents, as: UTF8.self)
        let isText = ["html", "json", "svg", "xml", "css", "txt"].contains(file.path.split(separator: ".").last?.lowercased() ?? "")
        var problems = isText && Self.hasControlCharacters(text) ? ["control character in the bytes"] : []
        if file.path.hasSuffix(".html") {
            problems += inspectHTML(text, isFragment: false)
        } else if file.path.hasSuffix(".json") {
            problems += inspectJSON(file.contents)
        } else if file.path.lowercased().hasSuffix(".svg") {
            problems += inspectSVG(file.contents)
        }
        return problems.map { "\(file.path): \($0)" }
    }

    /// Parses `html` with libxml2's HTML parser and walks every node.
    func inspectHTML(_ html: String, isFragment: Bool) -> [String] {
        let source = isFragment ? "<!DOCTYPE html><html><body><div class=\"wm-body\">\(html)</div></body></html>" : html
        var problems: [String] = []
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let bytes = Array(source.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "page.html", "UTF-8", options)
            }
        }) else { return ["HTML could not be parsed"] }
        defer { xmlFreeDoc(document) }
        walk(xmlDocGetRootElement(document), inBody: false, problems: &problems)
        return problems
    }

    private func walk(_ node: xmlNodePtr?, inBody: Bool, problems: inout [String]) {
        var current = node
        while let element = current {
            defer { current = element.pointee.next }
            guard element.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = Self.string(element.pointee.name).lowercased()
            let attributes = Self.attributes(of: element)
            let isBody = inBody || (name == "div" && (attributes["class"] ?? "").split(separator: " ").contains("wm-body"))
            check(name, attributes, element: element, inBody: inBody, problems: &problems)
            walk(element.pointee.children, inBody: isBody, problems: &problems)
        }
    }

    private func check(_ name: String, _ attributes: [String: String], element: xmlNodePtr, inBody: Bool, problems: inout [String]) {
        if name == "script" {
            let text = Self.text(of: element)
            if tor || attributes["src"] != nil || !allowedScripts.contains(text) { problems.append("script element: \(text.prefix(60))") }
        }
        if Self.forbiddenElements.contains(name) { problems.append("<\(name)> element") }
        if name == "meta", attributes["http-equiv"]?.lowercased() == "refresh" { problems.append("meta refresh") }
        if inBody, bodiesAreMarkdownOnly, !Self.bodyElements.contains(name) { problems.append("raw HTML <\(name)> in a page body") }
        for (attribute, value) in attributes {
            if attribute.hasPrefix("on") { problems.append("event handler \(attribute) on <\(name)>") }
            if inBody, bodiesAreMarkdownOnly, !Self.bodyAttributes.contains(attribute) { problems.append("raw HTML attribute \(attribute) on <\(name)> in a page body") }
            var urls: [String] = []
            if Self.urlAttributes.contains(attribute) { urls.append(value) }
            if attribute == "srcset" || attribute == "imagesrcset" {
                urls += value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
            }
            if attribute == "style" {
                if value.lowercased().contains("expression(") { problems.append("CSS expression on <\(name)>") }
                urls += Self.cssURLs(value)
            }
            for url in urls {
                if Self.isDangerous(url) { problems.append("dangerous URL \(attribute)=\(url.debugDescription) on <\(name)>") }
                // Tor: every link and asset relative (SPEC §8).
                // A `tel:` link is a dial, not a request, and stays a link on tor (docs/channels.md).
                let dial = name == "a" && attribute == "href" && url.lowercased().hasPrefix("tel:")
                if tor, Self.isExternal(url), !dial { problems.append("external URL \(attribute)=\(url.debugDescription) on <\(name)> (tor)") }
            }
        }
    }

    /// Walks a JSON file: link `href`, image `src` and every `href`/`src` field, the
    /// `html` body fragment, no `html` blocks, no control characters in strings.
    func inspectJSON(_ data: Data) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: data) else { return ["JSON could not be parsed"] }
        var problems: [String] = []
        walkJSON(value, key: nil, problems: &problems)
        return problems
    }

    private func walkJSON(_ value: Any, key: String?, problems: inout [String]) {
        switch value {
        case let object as [String: Any]:
            if object["type"] as? String == "html" { problems.append("raw HTML block in the JSON block tree") }
            for (name, member) in object { walkJSON(member, key: name, problems: &problems) }
        case let array as [Any]:
            for member in array { walkJSON(member, key: key, problems: &problems) }
        case let string as String:
            if Self.hasControlCharacters(string) { problems.append("control character in JSON string \(key ?? "")") }
            if key == "href" || key == "src", Self.isDangerous(string) { problems.append("dangerous URL \(key!)=\(string.debugDescription) in JSON") }
            if key == "html" { problems += inspectHTML(string, isFragment: true).map { "in JSON html: \($0)" } }
        default:
            break
        }
    }

    /// An SVG asset: no scripts, handlers, foreign objects or outside references.
    func inspectSVG(_ data: Data) -> [String] {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = data.withUnsafeBytes({ buffer in
            xmlReadMemory(buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), "asset.svg", nil, options)
        }) else { return ["SVG could not be parsed"] }
        defer { xmlFreeDoc(document) }
        var problems: [String] = []
        walkSVG(xmlDocGetRootElement(document), problems: &problems)
        return problems
    }

    private func walkSVG(_ node: xmlNodePtr?, problems: inout [String]) {
        var current = node
        while let element = current {
            defer { current = element.pointee.next }
            if element.pointee.type == XML_PI_NODE { problems.append("processing instruction in SVG") }
            guard element.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = Self.string(element.pointee.name).lowercased()
            if ["script", "foreignobject", "iframe", "object", "embed"].contains(name) { problems.append("<\(name)> in SVG") }
            for (attribute, value) in Self.attributes(of: element) {
                if attribute.hasPrefix("on") { problems.append("event handler \(attribute) in SVG") }
                let local = attribute.split(separator: ":").last.map(String.init) ?? attribute
                if local == "href" || local == "src", !value.hasPrefix("#"), Self.isExternal(value) || Self.isDangerous(value) {
                    problems.append("outside reference \(attribute)=\(value.debugDescription) in SVG")
                }
                if Self.cssURLs(value).contains(where: { !$0.hasPrefix("#") }) { problems.append("url() to outside in SVG \(attribute)") }
            }
            walkSVG(element.pointee.children, problems: &problems)
        }
    }

    /// The targets of `url(...)` in CSS.
    static func cssURLs(_ css: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(css.lowercased())
        while let open = rest.range(of: "url(") {
            let inside = rest[open.upperBound...]
            let end = inside.firstIndex(of: ")") ?? inside.endIndex
            urls.append(inside[..<end].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")))
            rest = inside[end...]
        }
        return urls
    }

    private static func attributes(of element: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            var name = string(current.pointee.name).lowercased()
            if let prefix = current.pointee.ns?.pointee.prefix { name = string(prefix) + ":" + name }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            result[name] = value
            attribute = current.pointee.next
        }
        return result
    }

    private static func text(of element: xmlNodePtr) -> String {
        var out = ""
        var child = element.pointee.children
        while let node = child {
            out += string(node.pointee.content)
            child = node.pointee.next
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
