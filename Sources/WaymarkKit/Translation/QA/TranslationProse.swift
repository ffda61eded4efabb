import Foundation

/// The words a reader sees in a segment, without what translators do not
/// translate: Markdown syntax, link destinations, code spans, URLs, e-mail
/// addresses and `{{placeholders}}`. `same-as-source` and `length-ratio`
/// measure this text, so a long URL or data path cannot skew them.
struct TranslationProse: Sendable, Hashable {
    /// The visible, translatable text, whitespace collapsed to single spaces.
    var text: String

    /// The prose of one segment's inline Markdown; `document` is `markdown` parsed,
    /// when the caller has it (plain text is never parsed).
    init(markdown: String, document: MarkdownNode? = nil) {
        var visible = ""
        if Self.isPlain(markdown) {
            visible = markdown
        } else {
            (document ?? MarkdownParser().parse(markdown)).forEachInline { node in
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
        self.text = Self.collapsingWhitespace(text)
    }

    /// `text` with each run of whitespace made one space and none at the ends;
    /// by scalar where `ScalarTable` covers the text, by `Character` otherwise.
    static func collapsingWhitespace(_ text: String) -> String {
        guard ScalarTable.covers(text) else { return text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ScalarTable.entries[Int(scalar.value)].isWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(UInt8(ascii: " ")); pendingSpace = false }
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `text` cannot contain inline Markdown, URLs or line breaks,
    /// so parsing it would find only text. Most segments are plain sentences;
    /// the QA rules run on every entry of every catalog, so they skip cmark then.
    static func isPlain(_ text: String) -> Bool {
        // One pass over the UTF-8 bytes: every mark is ASCII.
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            if markupBytes[Int(byte)] { return false }
            if byte == UInt8(ascii: "/"), previous.1 == UInt8(ascii: ":"), previous.2 == UInt8(ascii: "/") { return false }
            if byte == UInt8(ascii: "."), previous == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) { return false }
            previous = (previous.1, previous.2, byte)
        }
        return true
    }

    /// Bytes that start or end inline Markdown, a line break or (`@`) an e-mail autolink.
    private static let markupBytes: [Bool] = (0..<256).map { Array("*_`[]<>\\~&@\n\r#|".utf8).contains(UInt8($0)) }

    /// Words that contain at least one letter (not numbers like `112` or `24/7`);
    /// by scalar where `ScalarTable` covers the text, else by `Character` (`characterWords`).
    var words: [Substring] {
        guard ScalarTable.covers(text) else { return characterWords }
        let classes = ScalarTable.classes
        let scalars = text.unicodeScalars
        var words: [Substring] = []
        var start: String.Index?
        var hasLetter = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let kind = classes[Int(scalars[index].value)]
            if kind & (ScalarTable.letter | ScalarTable.number) != 0 {
                if start == nil { start = index }
                hasLetter = hasLetter || kind & ScalarTable.letter != 0
            } else if let begun = start {
                if hasLetter { words.append(text[begun..<index]) }
                (start, hasLetter) = (nil, false)
            }
            index = scalars.index(after: index)
        }
        if let begun = start, hasLetter { words.append(text[begun..<index]) }
        return words
    }

    /// `words` by `Character`: the definition, for text outside `ScalarTable`.
    var characterWords: [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }.filter { $0.contains(where: \.isLetter) }
    }

    /// Length in characters (grapheme clusters), so `ä` and `ñ` count once. Text in
    /// `ScalarTable` has one character per scalar (collapsed text has no `\r\n`).
    var length: Int {
        ScalarTable.covers(text) && !text.containsUTF8(UInt8(ascii: "\r")) ? text.unicodeScalars.count : text.count
    }
}
