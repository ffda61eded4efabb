/// The sentence-final mark a text ends with, by meaning rather than by
/// character, so a script's own marks count as equivalents: `。` and `.`,
/// `？`, `؟` and `?`, `...` and `…`. Closing emphasis and quotes after the
/// mark (`**Stop!**`, `"Hi."`) are looked through.
enum FinalPunctuation: String, Sendable, Hashable, CaseIterable {
    /// A statement: `.`, `。`, `।`, `۔`.
    case period = "."
    /// An exclamation: `!`, `！`.
    case exclamation = "!"
    /// A question: `?`, `？`, `؟`, Greek `;`.
    case question = "?"
    /// A lead-in to what follows (often a list): `:`, `：`.
    case colon = ":"
    /// A trailing-off: `…` or `...`.
    case ellipsis = "…"

    /// The final mark of `text`, or nil when it ends without one (a heading, a list lead-in without colon).
    init?(endOf text: String) {
        var characters = Substring(text)
        while let last = characters.last, last.isWhitespace || Self.closers.contains(last) { characters = characters.dropLast() }
        if characters.hasSuffix("...") || characters.hasSuffix("…") { self = .ellipsis; return }
        guard let last = characters.last, let mark = Self.marks[last] else { return nil }
        self = mark
    }

    /// Where the final mark of `text` as written sits: the range of the mark (`...` whole)
    /// with the closers and spaces after it skipped, or an empty range where one would go.
    static func markRange(in text: String) -> Range<String.Index> {
        var end = text.endIndex
        while end > text.startIndex, let last = text[..<end].last, last.isWhitespace || closers.contains(last) { end = text.index(before: end) }
        let body = text[..<end]
        if body.hasSuffix("...") { return text.index(end, offsetBy: -3)..<end }
        if let last = body.last, last == "…" || marks[last] != nil { return text.index(before: end)..<end }
        return end..<end
    }

    /// Emphasis delimiters and closing quotes that may follow the mark.
    private static let closers: Set<Character> = ["*", "_", "~", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{300D}", "\u{300F}"]

    /// Sentence-final marks of the world's scripts, by meaning.
    private static let marks: [Character: FinalPunctuation] = [
        ".": .period, "\u{3002}": .period, "\u{FF0E}": .period, "\u{0589}": .period, "\u{06D4}": .period, "\u{0964}": .period,
        "!": .exclamation, "\u{FF01}": .exclamation,
        "?": .question, "\u{FF1F}": .question, "\u{061F}": .question, "\u{037E}": .question,
        ":": .colon, "\u{FF1A}": .colon,
    ]
}
