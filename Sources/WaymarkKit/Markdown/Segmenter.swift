/// Cuts a Markdown page into translatable segments (SPEC §5): headings,
/// paragraphs (also inside lists, block quotes and footnotes), table cells and
/// the alt text of images that stand alone. Code blocks, HTML blocks, thematic
/// breaks and link reference definitions are not segments.
struct Segmenter: Sendable {
    /// Creates a segmenter; it holds no state.
    init() {}

    /// The segments of `source` in source order. `document` must be
    /// `MarkdownParser().parse(source)`.
    func segments(source: String, document: MarkdownNode) -> [Segment] {
        let text = SourceText(source)
        var segments: [Segment] = []
        document.forEachLeaf { index, leaf, context in
            let segment: Segment? = switch leaf.kind {
            case .heading(_, let setext):
                setext ? setextHeading(leaf, index, context, text) : atxHeading(leaf, index, text)
            case .tableCell:
                tableCell(index, context, text)
            default:
                paragraph(leaf, index, context, text)
            }
            if let segment { segments.append(segment) }
        }
        // Leaves come in source order except for the odd paragraph cmark places
        // oddly, so sorting in place is usually a check, not a copy.
        let inOrder: (Segment, Segment) -> Bool = { ($0.line, $0.column, $0.leafIndex) < ($1.line, $1.column, $1.leafIndex) }
        if !zip(segments, segments.dropFirst()).allSatisfy({ !inOrder($1, $0) }) { segments.sort(by: inOrder) }
        // The segments live as long as the page's units; drop the append slack.
        return segments.capacity > segments.count ? segments.withUnsafeBufferPointer { Array($0) } : segments
    }

    /// Parses `source` and segments it.
    func segments(source: String) -> [Segment] {
        segments(source: source, document: MarkdownParser().parse(source))
    }

    private func paragraph(_ leaf: MarkdownNode, _ index: Int, _ context: MarkdownNode.LeafContext,
                           _ text: SourceText) -> Segment? {
        var first = leaf.range.startLine, last = leaf.range.endLine
        var column: Int? = leaf.range.startColumn
        if first == 0 {
            // cmark-gfm loses the position of a paragraph that directly precedes a
            // table: it spans from the table's reported start to above its header.
            guard let table = context.nextSibling, case .table = table.kind else { return nil }
            first = table.range.startLine
            last = TableRows.headerLine(of: table) - 1
            column = nil
        }
        let containers = Array(context.ancestors.dropFirst())
        let pieces = SegmentPieces.lines(first: first, last: last, firstColumn: column, containers: containers, in: text)
            .droppingReferenceDefinitions(in: text)
        if leaf.children.count == 1, case .image = leaf.children[0].kind {
            if let alt = pieces.imageAlt(in: text) {
                return alt.segment(kind: .imageAlt, leafIndex: index, allowsNewlines: false, in: text)
            }
        }
        return pieces.segment(kind: .paragraph, leafIndex: index, allowsNewlines: true, in: text)
    }

    private func setextHeading(_ leaf: MarkdownNode, _ index: Int, _ context: MarkdownNode.LeafContext,
                               _ text: SourceText) -> Segment? {
        let containers = Array(context.ancestors.dropFirst())
        // cmark's end position of a setext heading is unreliable (it may point
        // past the underline), so the underline is looked up in the source.
        var last = leaf.range.endLine - 1
        var line = leaf.range.startLine + 1
        while line <= text.lineCount {
            if isSetextUnderline(line, containers, text) {
                last = line - 1
                break
            }
            line += 1
        }
        var pieces = SegmentPieces.lines(first: leaf.range.startLine, last: last,
                                         firstColumn: leaf.range.startColumn, containers: containers, in: text)
            .droppingReferenceDefinitions(in: text)
        if let final = pieces.ranges.last { pieces.ranges[pieces.ranges.count - 1] = withoutCustomID(final, text) }
        return pieces.segment(kind: .heading, leafIndex: index, allowsNewlines: true, in: text)
    }

    /// A heading's text range without a trailing `{#custom-id}`: the id is not translated (SPEC §8).
    private func withoutCustomID(_ range: Range<Int>, _ text: SourceText) -> Range<Int> {
        let string = text.string(range)
        guard let (rest, _) = HeadingAnchors.split(string[...]) else { return range }
        return range.lowerBound..<(range.lowerBound + rest.utf8.count)
    }

    /// `## Title ##` -> `Title`: opening and closing sequences and spaces removed.
    private func atxHeading(_ leaf: MarkdownNode, _ index: Int, _ text: SourceText) -> Segment? {
        let line = text.lineRange(leaf.range.startLine)
        var start = min(line.upperBound, line.lowerBound + max(0, leaf.range.startColumn - 1))
        while start < line.upperBound, text.bytes[start] == UInt8(ascii: "#") { start += 1 }
        while start < line.upperBound, text.isBlankByte(start) { start += 1 }
        var end = text.trimmingTrailingBlanks(start..<line.upperBound).upperBound
        var hashes = end
        while hashes > start, text.bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes == start || text.isBlankByte(hashes - 1) {
            end = text.trimmingTrailingBlanks(start..<hashes).upperBound
        }
        let pieces = SegmentPieces(firstLine: leaf.range.startLine, ranges: [withoutCustomID(start..<end, text)])
        return pieces.segment(kind: .heading, leafIndex: index, allowsNewlines: false, in: text)
    }

    private func tableCell(_ index: Int, _ context: MarkdownNode.LeafContext, _ text: SourceText) -> Segment? {
        guard context.ancestors.count >= 2, let column = context.path.last,
              case .tableRow(let isHeader) = context.ancestors[context.ancestors.count - 1].kind else { return nil }
        let table = context.ancestors[context.ancestors.count - 2]
        let row = context.ancestors[context.ancestors.count - 1]
        let line = isHeader ? TableRows.headerLine(of: table) : row.range.startLine
        let containers = Array(context.ancestors.dropFirst().dropLast(2))
        let cells = TableRows.cellRanges(line: line, containers: containers, in: text)
        guard column < cells.count, !cells[column].isEmpty else { return nil }
        let pieces = SegmentPieces(firstLine: line, ranges: [cells[column]])
        return pieces.segment(kind: .tableCell, leafIndex: index, allowsNewlines: false, in: text)
    }

    /// True when `line` is a run of `=` or `-` with nothing but blanks after it.
    private func isSetextUnderline(_ line: Int, _ containers: [MarkdownNode], _ text: SourceText) -> Bool {
        let start = text.contentStart(line: line, containers: containers)
        let content = text.bytes[text.trimmingTrailingBlanks(start..<text.lineRange(line).upperBound)]
        guard let first = content.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return content.allSatisfy { $0 == first }
    }
}
