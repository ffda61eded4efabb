import Foundation

/// The words a reader sees in a segment, without what translators do not
/// translate: Markdown syntax, link destinations, code spans, URLs, e-mail
/// addresses and `{{placeholders}}`. `same-as-source` and `length-ratio`
/// measure this text, so a long URL or data path cannot skew them.
struct TranslationProse: Sendable, Hashable {
    /// The visible, translatable text, whitespace collapsed to single spaces.
    var text: String

    /// The prose of one segment's inline Markdown.
    init(markdown: String) {
        var visible = ""
        if Self.isPlain(markdown) {
            visible = markdown
        } else {
            MarkdownParser().parse(markdown).forEachInline { node in
                switch node.kind {
                case .text(let value): visible += value
                case .softBreak, .lineBreak, .code: visible += " "
                default: break
                }
            }
        }
        var text = Placeholder.expand(visible) { _ in " " }
        for url in URLScanner.urls(in: text) {
            let written = text.contains(url) ? url : String(url.dropFirst("mailto:".count))
            text = text.replacingOccurrences(of: written, with: " ")
        }
        self.text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when `text` cannot contain inline Markdown, URLs or line breaks,
    /// so parsing it would find only text. Most segments are plain sentences;
    /// the QA rules run on every entry of every catalog, so they skip cmark then.
    static func isPlain(_ text: String) -> Bool {
        !text.unicodeScalars.contains { markupScalars.contains($0) }
            && !text.contains("://") && !text.contains("www.")
    }

    /// Scalars that start or end inline Markdown, a line break or (`@`) an e-mail autolink.
    private static let markupScalars: Set<Unicode.Scalar> = ["*", "_", "`", "[", "]", "<", ">", "\\", "~", "&", "@", "\n", "\r", "#", "|"]

    /// Words that contain at least one letter (not numbers like `112` or `24/7`).
    var words: [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }.filter { $0.contains(where: \.isLetter) }
    }

    /// Length in characters (grapheme clusters), so `ä` and `ñ` count once.
    var length: Int { text.count }
}
