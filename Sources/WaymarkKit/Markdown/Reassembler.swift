/// Splices translations into a Markdown source, segment by segment, keeping
/// everything else (container prefixes, markup between segments) byte for byte.
///
/// A translation that would change the page's block structure (start a list
/// or heading, contain a blank line, ...) is not used: the segment keeps its
/// source text and a `ReassemblyProblem` says why.
struct Reassembler: Sendable {
    /// Creates a reassembler; it holds no state.
    init() {}

    /// Re-parses of the page allowed to find which translations change its
    /// structure; edits still undecided after that keep their source text.
    static let maximumStructureChecks = 256

    /// The source with `translations[i]` in place of `segments[i]` (nil keeps
    /// the source text). `segments` must come from `Segmenter` on `source`;
    /// pass `document` (the parse of `source`) when you have it, to save a parse.
    func reassemble(
        source: String, document: MarkdownNode? = nil, segments: [Segment], translations: [String?]
    ) -> Reassembly {
        let text = SourceText(source)
        var problems: [ReassemblyProblem] = []
        var edits: [SpliceEdit] = []
        for (index, segment) in segments.enumerated() {
            guard index < translations.count, let translation = translations[index] else { continue }
            switch TranslationCheck.prepare(translation, for: segment) {
            case .use(let prepared):
                edits.append(SpliceEdit(segmentIndex: index, span: segment.span,
                                        bytes: replacement(prepared, span: segment.span, in: text)))
            case .reject(let reason):
                problems.append(ReassemblyProblem(segmentIndex: index, segment: segment, reason: reason))
            }
        }
        let parser = MarkdownParser()
        let original = document ?? parser.parse(source)
        guard !edits.isEmpty else { return Reassembly(source: source, document: original, problems: problems) }
        var result = SpliceEdit.apply(edits, to: text)
        var translated = parser.parse(result)
        let skeleton = BlockSkeleton(original)
        if BlockSkeleton(translated) != skeleton {
            // Some translation changed the structure in context: keep each edit
            // only if the page still has the source's structure with it.
            // Halve the edits until each half keeps the structure: a few bad
            // edits cost O(log n) parses of the page instead of one per edit, and
            // a page of hostile translations is bounded by `maximumStructureChecks`.
            var kept: [SpliceEdit] = []
            var checks = 0
            func settle(_ block: ArraySlice<SpliceEdit>) {
                guard !block.isEmpty else { return }
                if checks < Self.maximumStructureChecks {
                    checks += 1
                    if BlockSkeleton(parser.parse(SpliceEdit.apply(kept + block, to: text))) == skeleton {
                        kept += block
                        return
                    }
                    if block.count > 1 {
                        let middle = block.startIndex + block.count / 2
                        settle(block[..<middle])
                        settle(block[middle...])
                        return
                    }
                }
                for edit in block {
                    problems.append(ReassemblyProblem(segmentIndex: edit.segmentIndex, segment: segments[edit.segmentIndex],
                                                      reason: .changesStructure))
                }
            }
            let middle = edits.count / 2
            settle(edits[..<middle])
            settle(edits[middle...])
            result = SpliceEdit.apply(kept, to: text)
            translated = parser.parse(result)
        }
        return Reassembly(source: result, document: translated,
                          problems: problems.sorted { $0.segmentIndex < $1.segmentIndex })
    }

    /// The bytes replacing the span: translation lines joined with the source's
    /// line ending and each continuation line's container prefix (the original
    /// line's prefix, or the last one's / a blanked first-line prefix for extra lines).
    private func replacement(_ translation: String, span: SegmentSpan, in text: SourceText) -> [UInt8] {
        // Split by byte, not by Character: the translation holds only "\n" line endings here
        // (`replacingLineEndings`), and a line feed is always a grapheme of its own.
        let lines = translation.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let prefixes = span.ranges.indices.map { index in
            Array(text.bytes[text.lineRange(span.firstLine + index).lowerBound..<span.ranges[index].lowerBound])
        }
        let extraPrefix: [UInt8] = prefixes.count > 1
            ? prefixes[prefixes.count - 1]
            : prefixes.first.map(Self.continuationPrefix) ?? []
        let firstLine = text.lineRange(span.ranges.isEmpty ? 1 : span.firstLine)
        let lineEnding: [UInt8] = firstLine.upperBound < text.bytes.count && text.bytes[firstLine.upperBound] == UInt8(ascii: "\r")
            ? [UInt8(ascii: "\r"), UInt8(ascii: "\n")] : [UInt8(ascii: "\n")]
        var bytes: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                bytes += lineEnding
                bytes += index < prefixes.count ? prefixes[index] : extraPrefix
            }
            bytes += line
        }
        return bytes
    }

    /// `> 1. ` -> `>    `: block-quote markers and tabs stay, list and
    /// footnote markers become spaces so the new line continues the same block.
    static func continuationPrefix(_ firstLinePrefix: [UInt8]) -> [UInt8] {
        firstLinePrefix.map { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\t") ? $0 : UInt8(ascii: " ") }
    }
}

/// A reassembled source and the translations that could not be used.
struct Reassembly: Sendable, Hashable {
    /// The translated Markdown source.
    var source: String
    /// `source` parsed; its leaves line up with the original's leaf indexes.
    var document: MarkdownNode
    /// Translations replaced by their source text, in segment order.
    var problems: [ReassemblyProblem]
}
