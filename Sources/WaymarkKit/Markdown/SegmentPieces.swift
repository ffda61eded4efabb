/// The per-line source ranges a segment's text is cut from, while it is
/// being built.
struct SegmentPieces {
    /// 1-based source line of the first piece; piece `i` is on line `firstLine + i`
    /// (a block's pieces are consecutive lines, as `SegmentSpan` keeps them).
    var firstLine: Int
    /// Byte range of each piece in the source.
    var ranges: [Range<Int>]

    /// The text ranges of a paragraph-like block on lines `first...last`. The
    /// first line starts at `firstColumn` when cmark reported it; the others
    /// after their container prefixes. Trailing blanks of the last line are dropped.
    static func lines(first: Int, last: Int, firstColumn: Int?, containers: [MarkdownNode],
                      in text: SourceText) -> SegmentPieces {
        var pieces = SegmentPieces(firstLine: first, ranges: [])
        guard first >= 1, last >= first else { return pieces }
        // Exact capacity: `ranges` becomes the segment's span, kept with the page's units.
        pieces.ranges.reserveCapacity(last - first + 1)
        for line in first...last {
            let lineRange = text.lineRange(line)
            var start = text.contentStart(line: line, containers: containers)
            if line == first, let firstColumn, firstColumn >= 1 {
                start = min(lineRange.upperBound, lineRange.lowerBound + firstColumn - 1)
            }
            pieces.ranges.append(min(start, lineRange.upperBound)..<lineRange.upperBound)
        }
        // A block never ends in blank lines; drop any a reported range included.
        while let lastRange = pieces.ranges.last, text.trimmingTrailingBlanks(lastRange).isEmpty, pieces.ranges.count > 1 {
            pieces.ranges.removeLast()
        }
        if let lastRange = pieces.ranges.last {
            pieces.ranges[pieces.ranges.count - 1] = text.trimmingTrailingBlanks(lastRange)
        }
        return pieces
    }

    /// The text: pieces joined with `\n`. Trailing blanks of a line are dropped
    /// unless they make a hard line break (two or more spaces) or matter
    /// otherwise (inside a code span spanning lines).
    func text(in source: SourceText) -> String {
        let verbatim = ranges.count == 1 ? source.string(ranges[0]) : ranges.map { source.string($0) }.joined(separator: "\n")
        // No line keeps trailing blanks (the usual case): the normalized text is
        // the verbatim one, so it is neither built nor compared.
        if ranges.allSatisfy({ source.trimmingTrailingBlanks($0) == $0 }) { return verbatim }
        let normalized = ranges.enumerated().map { offset, range in
            let trimmed = source.trimmingTrailingBlanks(range)
            let trailing = source.bytes[trimmed.upperBound..<range.upperBound]
            let isHardBreak = offset < ranges.count - 1 && trailing.count >= 2
                && trailing.suffix(2).allSatisfy { $0 == UInt8(ascii: " ") }
            return source.string(isHardBreak ? range : trimmed)
        }.joined(separator: "\n")
        guard normalized != verbatim else { return verbatim }
        let parser = MarkdownParser(), renderer = MarkdownHTMLRenderer()
        let same = renderer.render(parser.parse(normalized)) == renderer.render(parser.parse(verbatim))
        return same ? normalized : verbatim
    }

    /// cmark strips link reference definitions from the start of a paragraph
    /// but keeps their lines in its range. Definitions always end at a line end,
    /// so the longest run of leading lines that parses to nothing is dropped.
    func droppingReferenceDefinitions(in source: SourceText) -> SegmentPieces {
        guard ranges.count > 1, let first = ranges.first, first.lowerBound < first.upperBound,
              source.bytes[first.lowerBound] == UInt8(ascii: "[") else { return self }
        let parser = MarkdownParser()
        var drop = 0
        for count in 1..<min(ranges.count, 16) {
            let prefix = SegmentPieces(firstLine: firstLine, ranges: Array(ranges[..<count]))
            if parser.parse(prefix.text(in: source)).children.isEmpty { drop = count }
        }
        return SegmentPieces(firstLine: firstLine + drop, ranges: Array(ranges.dropFirst(drop)))
    }

    /// For a paragraph that is a single image on one line: the range of its alt text.
    func imageAlt(in source: SourceText) -> SegmentPieces? {
        guard ranges.count == 1, let range = ranges.first, range.count > 2,
              source.bytes[range.lowerBound] == UInt8(ascii: "!"),
              source.bytes[range.lowerBound + 1] == UInt8(ascii: "[") else { return nil }
        var depth = 1
        var offset = range.lowerBound + 2
        while offset < range.upperBound {
            switch source.bytes[offset] {
            case UInt8(ascii: "\\"): offset += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    // In `![alt]` and `![alt][]` the alt text is also the reference
                    // label, so it cannot be translated on its own.
                    let next = offset + 1 < range.upperBound ? source.bytes[offset + 1] : 0
                    let afterNext = offset + 2 < range.upperBound ? source.bytes[offset + 2] : 0
                    let inline = next == UInt8(ascii: "(")
                    let fullReference = next == UInt8(ascii: "[") && afterNext != UInt8(ascii: "]")
                    guard inline || fullReference else { return nil }
                    return SegmentPieces(firstLine: firstLine, ranges: [(range.lowerBound + 2)..<offset])
                }
            default: break
            }
            offset += 1
        }
        return nil
    }

    /// The finished segment, or nil when there is no text to translate.
    func segment(kind: Segment.Kind, leafIndex: Int, allowsNewlines: Bool, in source: SourceText) -> Segment? {
        guard let firstRange = ranges.first else { return nil }
        let text = text(in: source)
        guard !text.trimmedMarkdownWhitespace().isEmpty else { return nil }
        let column = firstRange.lowerBound - source.lineRange(firstLine).lowerBound + 1
        return Segment(kind: kind, text: text, line: firstLine, column: column, leafIndex: leafIndex,
                       span: SegmentSpan(firstLine: firstLine, ranges: ranges, allowsNewlines: allowsNewlines))
    }
}
