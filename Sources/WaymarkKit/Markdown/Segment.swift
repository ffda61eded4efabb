/// The smallest unit a translator translates (SPEC §5): a heading, a
/// paragraph, a table cell or the alt text of an image that stands alone.
struct Segment: Sendable, Hashable {
    /// What kind of block the text comes from.
    enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case heading, paragraph, tableCell, imageAlt
    }

    /// The kind of block the text comes from.
    var kind: Kind
    /// The msgid: inline Markdown exactly as written, container prefixes and
    /// indentation removed, lines joined with `\n`.
    var text: String
    /// 1-based line where the text starts in the source.
    var line: Int
    /// 1-based byte column where the text starts (cmark's convention).
    var column: Int
    /// Leaf index of the block the text belongs to (`MarkdownNode.forEachLeaf`).
    var leafIndex: Int
    /// Where the text lies in the source, for `Reassembler`.
    var span: SegmentSpan

    /// The place to report problems with this segment.
    func location(path: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}

/// The source bytes a segment's text was cut from, one range per source line.
struct SegmentSpan: Sendable, Hashable {
    /// 1-based source line of the first piece. A segment's pieces are always
    /// consecutive lines, so the line of piece `i` is `firstLine + i`: one
    /// array fewer per segment of every loaded page (issue 10).
    var firstLine: Int
    /// Byte range of each piece in the source (without line ending).
    var ranges: [Range<Int>]
    /// Whether the text may span several lines (not for ATX headings, cells, alt text).
    var allowsNewlines: Bool
}
