extension SourceText {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// True for a space or tab.
    func isBlankByte(_ offset: Int) -> Bool {
        bytes[offset] == Self.space || bytes[offset] == Self.tab
    }

    /// Where the text of a paragraph-like block starts on `line`, after the
    /// markers of its `containers` (outermost first): `>` of block quotes,
    /// list markers on an item's first line, indentation. A block quote whose
    /// marker is missing means a lazy continuation line: nothing more is stripped
    /// but leading whitespace.
    func contentStart(line: Int, containers: [MarkdownNode]) -> Int {
        let range = lineRange(line)
        var offset = range.lowerBound
        let end = range.upperBound
        func skipBlanks() { while offset < end, isBlankByte(offset) { offset += 1 } }
        containers: for container in containers {
            switch container.kind {
            case .blockQuote:
                var probe = offset
                while probe < end, isBlankByte(probe) { probe += 1 }
                guard probe < end, bytes[probe] == UInt8(ascii: ">") else { break containers }
                offset = probe + 1
                if offset < end, bytes[offset] == Self.space { offset += 1 }
            case .item(let taskChecked) where container.range.startLine == line:
                skipBlanks()
                offset = afterListMarker(offset, end: end)
                skipBlanks()
                if taskChecked != nil, offset + 2 < end, bytes[offset] == UInt8(ascii: "[") {
                    offset += 3
                    skipBlanks()
                }
            case .footnoteDefinition where container.range.startLine == line:
                skipBlanks()
                if let close = firstIndex(of: Array("]:".utf8), in: offset..<end) { offset = close + 2 }
            default:
                skipBlanks()
            }
        }
        skipBlanks()
        return offset
    }

    /// The offset after a bullet (`-`, `+`, `*`) or ordered (`12.`, `3)`) list marker at `offset`.
    private func afterListMarker(_ offset: Int, end: Int) -> Int {
        guard offset < end else { return offset }
        if [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(bytes[offset]) { return offset + 1 }
        var probe = offset
        while probe < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[probe]) { probe += 1 }
        if probe > offset, probe < end, bytes[probe] == UInt8(ascii: ".") || bytes[probe] == UInt8(ascii: ")") {
            return probe + 1
        }
        return offset
    }

    /// The first offset in `range` where `needle` starts.
    func firstIndex(of needle: [UInt8], in range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        for start in range.lowerBound...(range.upperBound - needle.count)
        where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// `range` without trailing spaces and tabs.
    func trimmingTrailingBlanks(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, isBlankByte(end - 1) { end -= 1 }
        return range.lowerBound..<end
    }
}
