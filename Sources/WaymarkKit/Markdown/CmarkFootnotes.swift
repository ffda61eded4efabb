import CCmarkGFM

/// Footnote facts cmark-gfm computes but does not expose through its public
/// API: each definition's label as written, and which occurrence of its
/// footnote each reference is (for `fnref-x-2` anchors).
struct CmarkFootnotes {
    /// Definition labels by footnote number - 1 (cmark orders definitions by number).
    private var labels: [String] = []
    /// Occurrence number of each reference, keyed by its start position.
    private var occurrences: [Position: Int] = [:]

    private struct Position: Hashable, Comparable {
        var line: Int
        var column: Int
        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    }

    /// The indexed source, only for a document with footnote definitions
    /// (references exist only then): indexing every parsed string's lines cost
    /// a pass and a copy of its bytes for nothing (issue 10).
    private var source = SourceText("")

    /// Collects the footnotes of `document` (cheap when there are none).
    init(document: OpaquePointer, source text: String) {
        var references: [(Position, Int)] = []
        var definitions: [OpaquePointer] = []
        // Definitions are top-level children after cmark's footnote processing.
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION { definitions.append(node) }
            child = cmark_node_next(node)
        }
        guard !definitions.isEmpty else { return }
        source = SourceText(text)
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE else { continue }
            let position = Position(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            references.append((position, Int(CmarkConverter.string(cmark_node_get_literal(node))) ?? 0))
        }
        // cmark numbers repeated references in document (= source) order.
        var seen: [Int: Int] = [:]
        for (position, index) in references.sorted(by: { $0.0 < $1.0 }) {
            seen[index, default: 0] += 1
            occurrences[position] = seen[index]
        }
        labels = definitions.map { definitionLabel($0) ?? "" }
    }

    /// The label written in the definition `node` (`[^label]:`).
    func label(ofDefinition node: OpaquePointer) -> String {
        definitionLabel(node) ?? ""
    }

    /// The anchor label for footnote `index`, falling back to the reference's own label.
    func label(forIndex index: Int, reference range: SourceRange) -> String {
        if index >= 1, index <= labels.count, !labels[index - 1].isEmpty { return labels[index - 1] }
        let line = source.lineRange(range.startLine)
        let start = line.lowerBound + range.startColumn - 1 + 2 // skip "[^"
        let end = line.lowerBound + range.endColumn - 1          // the closing "]"
        guard start <= end, end <= line.upperBound else { return "" }
        return source.string(start..<end)
    }

    /// The 1-based occurrence of the reference starting at `range`.
    func occurrence(of range: SourceRange) -> Int {
        occurrences[Position(line: range.startLine, column: range.startColumn)] ?? 1
    }

    /// cmark reports a definition's position after its `[^label]:` marker, so the
    /// label is the last `[^...]:` before that column on the start line.
    private func definitionLabel(_ node: OpaquePointer) -> String? {
        let line = source.lineRange(Int(cmark_node_get_start_line(node)))
        let limit = min(line.upperBound, line.lowerBound + max(0, Int(cmark_node_get_start_column(node)) - 1))
        let bytes = source.bytes
        var close = limit - 1
        while close > line.lowerBound, !(bytes[close - 1] == UInt8(ascii: "]") && bytes[close] == UInt8(ascii: ":")) {
            close -= 1
        }
        guard close > line.lowerBound else { return nil }
        var open = close - 2
        while open >= line.lowerBound, !(bytes[open] == UInt8(ascii: "[") && bytes[open + 1] == UInt8(ascii: "^")) {
            open -= 1
        }
        guard open >= line.lowerBound else { return nil }
        return source.string((open + 2)..<(close - 1))
    }
}
