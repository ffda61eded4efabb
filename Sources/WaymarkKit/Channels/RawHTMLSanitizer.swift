/// The last line of defence for raw HTML the writers allowed (`allow-raw-html: true`,
/// web profile only; SPEC §4): even the writers' own HTML never publishes a script, an
/// event handler or an unsafe URL. Tags are read the way a browser's tokenizer reads
/// them (names up to a blank, `/` or `>`; values quoted or up to a blank or `>`), after
/// control characters are removed as the output writer removes them, and rebuilt from
/// the attributes that are safe. Active elements lose their tags; text stays text.
/// Translations never get here: they carry no raw HTML at all (`unsafe-html`).
enum RawHTMLSanitizer {
    /// Elements whose tags are dropped: they run code, load or submit something.
    static let droppedElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "style",
        "svg", "math", "noscript", "template", "input", "button", "textarea", "select", "isindex", "keygen", "portal",
    ]
    /// Attributes whose value is a URL (or, for `srcset`, several).
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "poster", "data", "background", "cite", "longdesc", "xlink:href", "lowsrc", "dynsrc",
        "codebase", "manifest", "srcset", "imagesrcset",
    ]
    /// Attributes dropped whatever their value.
    static let droppedAttributes: Set<String> = ["formaction", "srcdoc", "ping", "http-equiv"]

    /// `html` with every tag rebuilt from its safe attributes and active elements' tags removed.
    static func sanitize(_ html: String) -> String {
        let text = Array(ControlCharacters.stripped(html).unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < text.count {
            guard text[index] == "<", index + 1 < text.count, isTagStart(text[index + 1]) else {
                out.append(text[index])
                index += 1
                continue
            }
            let (tag, end) = readTag(text, from: index)
            out.append(contentsOf: tag.unicodeScalars)
            index = end
        }
        return String(out)
    }

    private static func isTagStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "/" || (scalar.isASCII && (scalar.properties.isAlphabetic))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{C}" || scalar == "\r"
    }

    /// Reads the tag starting at `start` (a `<`) and returns its safe form and where it ends.
    private static func readTag(_ text: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var index = start + 1
        let closing = text[index] == "/"
        if closing { index += 1 }
        var name = ""
        while index < text.count, !isBlank(text[index]), text[index] != "/", text[index] != ">" {
            name.unicodeScalars.append(text[index]); index += 1
        }
        var attributes: [(name: String, written: String, value: String)] = []
        while index < text.count, text[index] != ">" {
            if isBlank(text[index]) || text[index] == "/" { index += 1; continue }
            let nameStart = index
            var attribute = ""
            repeat { attribute.unicodeScalars.append(text[index]); index += 1 }
                while index < text.count && !isBlank(text[index]) && text[index] != "/" && text[index] != ">" && text[index] != "="
            var value = ""
            while index < text.count, isBlank(text[index]) { index += 1 }
            if index < text.count, text[index] == "=" {
                index += 1
                while index < text.count, isBlank(text[index]) { index += 1 }
                if index < text.count, text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]; index += 1
                    while index < text.count, text[index] != quote { value.unicodeScalars.append(text[index]); index += 1 }
                    index = min(index + 1, text.count)
                } else {
                    while index < text.count, !isBlank(text[index]), text[index] != ">" { value.unicodeScalars.append(text[index]); index += 1 }
                }
            }
            attributes.append((attribute.lowercased(), String(String.UnicodeScalarView(text[nameStart..<index])), value))
        }
        let end = min(index + 1, text.count)
        let lowerName = name.lowercased()
        guard !droppedElements.contains(lowerName) else { return ("", end) }
        if closing { return ("</\(name)>", end) }
        let kept = attributes.filter { isSafe($0.name, $0.value) }.map(\.written)
        let selfClosing = end >= 2 && text[end - 2] == "/" && text[end - 1] == ">"
        return ("<" + ([name] + kept).joined(separator: " ") + (selfClosing ? " />" : ">"), end)
    }

    private static func isSafe(_ name: String, _ value: String) -> Bool {
        if name.hasPrefix("on") || droppedAttributes.contains(name) { return false }
        let decoded = HTMLCharacterReferences.decoded(value)
        if name == "srcset" || name == "imagesrcset" {
            return decoded.split(separator: ",").allSatisfy { URLSafety.isPublishable(String($0.split(separator: " ").first ?? "")) }
        }
        if urlAttributes.contains(name) { return URLSafety.isPublishable(decoded) }
        let lower = URLSafety.normalized(decoded).lowercased()
        return !(lower.contains("url(") || lower.contains("expression(") || lower.contains("javascript:") || lower.contains("@import"))
    }
}
