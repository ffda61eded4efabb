/// One replacement of a segment's source bytes.
struct SpliceEdit {
    /// Index of the translated segment.
    var segmentIndex: Int
    /// Where the segment text lies.
    var span: SegmentSpan
    /// The replacement, prefixes and line endings included.
    var bytes: [UInt8]

    /// The bytes replaced: from the segment's first text byte to its last.
    var range: Range<Int> {
        (span.ranges.first?.lowerBound ?? 0)..<(span.ranges.last?.upperBound ?? 0)
    }

    /// `text` with every edit applied; edits never overlap (one per segment).
    static func apply(_ edits: [SpliceEdit], to text: SourceText) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.bytes.count)
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= cursor {
            output += text.bytes[cursor..<edit.range.lowerBound]
            output += edit.bytes
            cursor = edit.range.upperBound
        }
        output += text.bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }
}

/// The block structure of a document without its text: what a translation
/// must not change.
struct BlockSkeleton: Equatable {
    private var blocks: [Entry] = []

    private struct Entry: Equatable {
        var depth: Int
        var kind: MarkdownNode.Kind
    }

    /// The skeleton of `document`: every block's kind and depth, in pre-order.
    init(_ document: MarkdownNode) {
        var stack: [(MarkdownNode, Int)] = [(document, 0)]
        while let (node, depth) = stack.popLast() {
            guard node.kind.isBlock else { continue }
            blocks.append(Entry(depth: depth, kind: node.kind))
            stack.append(contentsOf: node.children.reversed().map { ($0, depth + 1) })
        }
    }
}
