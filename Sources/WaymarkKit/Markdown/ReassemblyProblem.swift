/// A translation that would change the structure of the page and was
/// replaced by its source text; the caller reports it as `markup-mismatch`.
struct ReassemblyProblem: Sendable, Hashable {
    /// Why a translation cannot be spliced in.
    enum Reason: String, Sendable, Hashable, Codable {
        case empty = "the translation is empty"
        case blankLine = "the translation contains a blank line, which would split the block"
        case lineBreakNotAllowed = "the translation spans several lines, but this text must stay on one line"
        case changesStructure = "the translation changes the block structure (it would start a list, heading, quote, code block or table, or end the block)"
    }

    /// Index of the segment in the array given to `Reassembler`.
    var segmentIndex: Int
    /// Where the segment's source text is.
    var line: Int
    var column: Int
    /// What is wrong with the translation.
    var reason: Reason

    /// A problem with the translation of `segment`.
    init(segmentIndex: Int, segment: Segment, reason: Reason) {
        self.segmentIndex = segmentIndex
        self.line = segment.line
        self.column = segment.column
        self.reason = reason
    }

    /// The `markup-mismatch` diagnostic for this problem, at `path` (the file to
    /// edit: the PO catalog line of the entry, or the Markdown source).
    func diagnostic(path: String, line: Int? = nil) -> Diagnostic {
        MarkupMismatchRule.diagnostic("\(reason.rawValue); the source text is used instead",
                                      at: SourceLocation(path: path, line: line ?? self.line, column: line == nil ? column : 1))
    }
}
