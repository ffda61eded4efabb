/// One block of rendered prose handed to the readability engine: plain text, no markup.
///
/// The caller (the page pipeline) extracts these from the rendered page in document order,
/// leaving out code, URLs and Markdown syntax. `line` is the 1-based source line where the
/// block starts, so hotspots can point a writer at the right place.
public struct ProseBlock: Sendable, Hashable, Codable {
    /// What kind of block the text came from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A heading; counts as at least one sentence even without final punctuation.
        case heading
        /// A paragraph of running text.
        case paragraph
        /// One list item; counts as at least one sentence.
        case listItem
        /// One table cell; counts as at least one sentence.
        case tableCell
    }

    /// The plain text of the block; may contain soft line breaks (`\n`).
    public var text: String
    /// 1-based source line of the first character of `text`.
    public var line: Int
    /// The kind of block.
    public var kind: Kind

    /// Creates a prose block.
    public init(text: String, line: Int, kind: Kind) {
        self.text = text
        self.line = line
        self.kind = kind
    }
}
