/// Table geometry cmark-gfm does not report reliably: which line holds the
/// header row, and where each cell's text lies on a row line.
enum TableRows {
    /// The header row sits just above the delimiter row, which is the line
    /// above the first body row (or the table's last line when it has no body).
    /// cmark's own header position is off when a paragraph precedes the table.
    static func headerLine(of table: MarkdownNode) -> Int {
        let firstBody = table.children.first { node in
            if case .tableRow(let isHeader) = node.kind { return !isHeader }
            return false
        }
        let delimiter = firstBody.map { $0.range.startLine - 1 } ?? table.range.endLine
        return delimiter - 1
    }

    /// Byte ranges of the trimmed cell texts on a row `line`, split at pipes
    /// not escaped with a backslash, like cmark-gfm's row scanner.
    static func cellRanges(line: Int, containers: [MarkdownNode], in text: SourceText) -> [Range<Int>] {
        let lineRange = text.lineRange(line)
        var offset = text.contentStart(line: line, containers: containers)
        let end = text.trimmingTrailingBlanks(offset..<lineRange.upperBound).upperBound
        if offset < end, text.bytes[offset] == UInt8(ascii: "|") { offset += 1 }
        var cells: [Range<Int>] = []
        var cellStart = offset
        while offset < end {
            switch text.bytes[offset] {
            case UInt8(ascii: "\\"):
                offset += 2
                continue
            case UInt8(ascii: "|"):
                cells.append(trimmed(cellStart..<offset, in: text))
                cellStart = offset + 1
            default:
                break
            }
            offset += 1
        }
        if cellStart < end { cells.append(trimmed(cellStart..<min(end, lineRange.upperBound), in: text)) }
        return cells
    }

    private static func trimmed(_ range: Range<Int>, in text: SourceText) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, text.isBlankByte(start) { start += 1 }
        return text.trimmingTrailingBlanks(start..<range.upperBound)
    }
}
