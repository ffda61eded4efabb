/// Replaces `{{name}}` in the text of a parsed page with the value for the
/// page's locale. Done on the tree, never on rendered HTML, so values are
/// escaped by the renderer like any other text. A `phone` field outside a link
/// (`{{helplines.0.phone}}`) becomes a `tel:` link, so a reader on a phone can call
/// with one tap.
enum PlaceholderExpander {
    static func expand(_ document: MarkdownNode, _ resolve: (String) -> String?) -> MarkdownNode {
        expandChildren(document, resolve, insideLink: false) ?? document
    }

    /// `node` with its text expanded, or nil when no text below it holds `{{`:
    /// then nothing is copied (most pages have few placeholders).
    private static func expandChildren(_ node: MarkdownNode, _ resolve: (String) -> String?, insideLink: Bool) -> MarkdownNode? {
        var inLink = insideLink
        if case .link = node.kind { inLink = true }
        if case .image = node.kind { inLink = true }
        var children: [MarkdownNode]?
        for offset in node.children.indices {
            let child = node.children[offset]
            let replaced: [MarkdownNode]?
            if case .text(let text) = child.kind, mayHoldPlaceholder(text) {
                replaced = inLink ? [withText(child, Placeholder.expand(text, resolve))] : linkingPhones(child, text, resolve)
            } else {
                replaced = expandChildren(child, resolve, insideLink: inLink).map { [$0] }
            }
            if let replaced {
                if children == nil { children = Array(node.children[..<offset]) }
                children!.append(contentsOf: replaced)
            } else if children != nil {
                children!.append(child)
            }
        }
        guard let children else { return nil }
        var node = node
        node.children = children
        return node
    }

    /// Whether `text.contains("{{")` (Foundation's search), answered from the bytes:
    /// no `{{` bytes means no match (`{` has no canonical equivalent), and ASCII text
    /// with them matches. Only non-ASCII text with `{{` asks Foundation, whose search
    /// respects composed character sequences (`{{` followed by a combining mark).
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        // Most text has no brace at all: one `memchr` instead of the loop below.
        guard text.containsUTF8(UInt8(ascii: "{")) else { return false }
        var previousBrace = false
        var found = false
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "{") {
                if previousBrace { found = true }
                previousBrace = true
            } else {
                previousBrace = false
            }
        }
        guard found else { return false }
        return ascii || text.contains("{{")
    }

    /// `text` expanded, with each resolvable `….phone` placeholder as its own `tel:` link.
    private static func linkingPhones(_ node: MarkdownNode, _ text: String, _ resolve: (String) -> String?) -> [MarkdownNode] {
        let bytes = Array(text.utf8)
        var pieces: [MarkdownNode] = []
        var start = 0
        for placeholder in Placeholder.scan(text) where placeholder.name.hasSuffix(".phone") {
            guard let value = resolve(placeholder.name), let tel = telephoneURL(value) else { continue }
            var end = placeholder.utf8Offset + 2
            while !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            let before = String(decoding: bytes[start..<placeholder.utf8Offset], as: UTF8.self)
            if !before.isEmpty { pieces.append(withText(node, Placeholder.expand(before, resolve))) }
            pieces.append(MarkdownNode(.link(destination: tel, title: ""), children: [withText(node, value)], range: node.range))
            start = end + 2
        }
        guard !pieces.isEmpty else { return [withText(node, Placeholder.expand(text, resolve))] }
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        if !rest.isEmpty { pieces.append(withText(node, Placeholder.expand(rest, resolve))) }
        return pieces
    }

    /// `tel:` plus the digits (and a leading `+`) before any note in parentheses; nil without digits.
    static func telephoneURL(_ value: String) -> String? {
        let number = value.split(separator: "(", maxSplits: 1).first.map(String.init) ?? value
        var digits = number.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 3 else { return nil }
        if number.trimmingCharacters(in: .whitespaces).hasPrefix("+") { digits = "+" + digits }
        return "tel:" + digits
    }

    private static func withText(_ node: MarkdownNode, _ text: String) -> MarkdownNode {
        var copy = node
        copy.kind = .text(text)
        return copy
    }
}
