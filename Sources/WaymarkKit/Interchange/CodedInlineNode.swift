/// What a piece of inline Markdown markup means; decides the XLIFF code type.
enum InlineMarkupKind: String, Sendable, Hashable, CaseIterable {
    case emphasis
    case strong
    case strikethrough
    case link
    case image
    case codeSpan
    case autolink
    case html
    case hardBreak
    case placeholder
    /// A code read from a file whose kind Waymark cannot tell.
    case other
}

/// One inline code: its kind and the exact Markdown characters it stands for
/// (`**`, `](https://x "t")`, `` `ls -l` ``, `{{name}}`, two spaces and a newline...).
struct InlineMarkupCode: Sendable, Hashable {
    /// What the markup does.
    var kind: InlineMarkupKind
    /// The original Markdown characters, written back unchanged.
    var markup: String
}

/// Inline Markdown split into text and codes. Concatenating text and markup in order
/// gives back the original string exactly (`markdown`).
enum CodedInlineNode: Sendable, Hashable {
    /// Translatable text (backslash escapes stay in it, so the round trip is exact).
    case text(String)
    /// A code with no content: code span, image, autolink, hard break, placeholder.
    case standalone(InlineMarkupCode)
    /// A code around translatable content: emphasis, strong, strikethrough, link.
    case paired(open: InlineMarkupCode, close: InlineMarkupCode, children: [CodedInlineNode])
}

extension Array where Element == CodedInlineNode {
    /// The Markdown these nodes stand for.
    var markdown: String {
        var out = ""
        appendMarkdown(to: &out)
        return out
    }

    private func appendMarkdown(to out: inout String) {
        for node in self {
            switch node {
            case .text(let text): out += text
            case .standalone(let code): out += code.markup
            case .paired(let open, let close, let children):
                out += open.markup
                children.appendMarkdown(to: &out)
                out += close.markup
            }
        }
    }

    /// Adjacent text nodes merged and empty ones dropped.
    func mergingText() -> [CodedInlineNode] {
        var result: [CodedInlineNode] = []
        for node in self {
            if case .text(let text) = node {
                if text.isEmpty { continue }
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(node)
        }
        return result
    }
}
