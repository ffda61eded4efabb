/// The inline markup of one segment text, so QA rules (`markup-mismatch`,
/// `placeholder-mismatch`, `url-changed`) can compare a translation with its source.
struct InlineMarkupInventory: Sendable, Hashable {
    /// `*x*` / `_x_` spans.
    var emphasis = 0
    /// `**x**` / `__x__` spans.
    var strong = 0
    /// `~~x~~` spans.
    var strikethrough = 0
    /// `` `x` `` spans.
    var codeSpans = 0
    /// Hard line breaks (two trailing spaces or a backslash before the newline).
    var lineBreaks = 0
    /// Link destinations in order of appearance (autolinks included).
    var linkDestinations: [String] = []
    /// Image sources in order of appearance.
    var imageSources: [String] = []
    /// `{{name}}` placeholder names in order of appearance (`{{ ui.key }}` -> `ui.key`).
    var placeholders: [String] = []
    /// Footnote labels referenced (`[^1]`).
    var footnoteReferences: [String] = []
    /// Raw HTML as cmark reads it (inline tags, comments, HTML blocks), in order.
    var rawHTML: [String] = []

    /// Inventories `text`, parsed as inline Markdown with GFM extensions (`document`:
    /// the parse of `text`, when the caller has it).
    /// Reference-style links resolve only if their definitions are part of
    /// `text`, as a segment text alone has none.
    init(_ text: String, document: MarkdownNode? = nil) {
        (document ?? MarkdownParser().parse(text)).forEachNode { node in
            switch node.kind {
            case .emphasis: emphasis += 1
            case .strong: strong += 1
            case .strikethrough: strikethrough += 1
            case .code: codeSpans += 1
            case .lineBreak: lineBreaks += 1
            case .link(let destination, _): linkDestinations.append(destination)
            case .image(let source, _): imageSources.append(source)
            case .footnoteReference(let label, _, _): footnoteReferences.append(label)
            case .htmlInline(let html), .htmlBlock(let html): rawHTML.append(html)
            default: break
            }
        }
        placeholders = Self.placeholderNames(in: text)
    }

    /// The inventory of text without any markup (`TranslationProse.isPlain`): cmark
    /// would find only text in it, so only its placeholders count.
    init(plainText text: String) {
        placeholders = Self.placeholderNames(in: text)
    }

    /// Names inside `{{` `}}`: letters, digits, `_`, `-` and `.`, blanks around allowed.
    static func placeholderNames(in text: String) -> [String] {
        // Most strings hold no placeholder: one byte scan instead of a search by Character.
        guard text.containsUTF8(UInt8(ascii: "{")) else { return [] }
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            let inside = rest[open.upperBound...]
            guard let close = inside.firstRange(of: "}}") else { break }
            let name = inside[..<close.lowerBound].trimmedMarkdownWhitespace()
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) {
                names.append(name)
                rest = inside[close.upperBound...]
            } else {
                // `{{{y}}}`: retry one character later so the innermost pair is found.
                rest = rest[rest.index(after: open.lowerBound)...]
            }
        }
        return names
    }
}

extension Substring {
    /// The substring without leading and trailing blanks and newlines.
    func trimmedMarkdownWhitespace() -> String { String(self).trimmedMarkdownWhitespace() }
}
