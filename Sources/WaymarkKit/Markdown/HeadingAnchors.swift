import Foundation

/// Stable heading ids (SPEC §8). Every heading's id comes from the
/// source-language page: `{#custom-id}` at the end of the heading when the
/// writer set one, otherwise the heading's text slugified (`Strong
/// passwords` -> `strong-passwords`), made unique per page with `-1`, `-2`.
/// Translations never change ids, so `page.md#strong-passwords` works in every
/// locale and channel. `{#id}` is not part of the heading's segment; channels
/// drop it from the text they show.
enum HeadingAnchors {
    /// The ids of `document`'s headings, in document order (pre-order, nested blocks included).
    static func ids(in document: MarkdownNode) -> [String] {
        var used: Set<String> = []
        return headings(in: document).map { heading in
            let base = customID(of: heading) ?? slug(strippingCustomID(heading).plainText)
            var id = base
            var suffix = 1
            while used.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            return id
        }
    }

    /// The heading nodes of `node` in document order.
    static func headings(in node: MarkdownNode) -> [MarkdownNode] {
        if case .heading = node.kind { return [node] }
        guard node.kind.isBlock else { return [] }
        return node.children.flatMap(headings(in:))
    }

    /// A GitHub-style slug: lowercased, accents folded, letters and digits kept,
    /// spaces and dashes as single `-`; `section` when nothing is left.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                slug.append(contentsOf: character.lowercased())
            } else if character.isWhitespace || character == "-" || character == "_", !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    /// The id of a `{#custom-id}` at the end of `heading`'s text, if any.
    static func customID(of heading: MarkdownNode) -> String? {
        guard case .text(let text)? = heading.children.last?.kind else { return nil }
        return split(text[...])?.id
    }

    /// `heading` without a trailing `{#custom-id}` (and the spaces before it).
    static func strippingCustomID(_ heading: MarkdownNode) -> MarkdownNode {
        guard case .text(let text)? = heading.children.last?.kind, let (rest, _) = split(text[...]) else { return heading }
        var stripped = heading
        if rest.isEmpty { stripped.children.removeLast() } else { stripped.children[stripped.children.count - 1].kind = .text(String(rest)) }
        return stripped
    }

    /// Every heading of `document` without its `{#custom-id}`, for display.
    static func strippingCustomIDs(_ document: MarkdownNode) -> MarkdownNode {
        // Only headings that carry an id are copied; a page without any is returned as is.
        document.rewrittenIfChanged { node in
            guard case .heading = node.kind, customID(of: node) != nil else { return nil }
            return strippingCustomID(node)
        }
        ?? document
    }

    /// Splits `Title {#id}` into `Title` and `id`. The id is a letter, then
    /// letters, digits, `-`, `_`, `.` or `:`; a space must come before the brace
    /// unless the braces are the whole text.
    static func split(_ text: Substring) -> (text: Substring, id: String)? {
        var body = text
        while let last = body.last, last == " " || last == "\t" { body = body.dropLast() }
        guard body.hasSuffix("}"), let open = body.range(of: "{#", options: .backwards) else { return nil }
        let id = body[open.upperBound..<body.index(before: body.endIndex)]
        guard let first = id.first, first.isASCII, first.isLetter,
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) else { return nil }
        let before = body[body.startIndex..<open.lowerBound]
        guard before.isEmpty || before.last == " " || before.last == "\t" else { return nil }
        var rest = before
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        return (rest, String(id))
    }
}
