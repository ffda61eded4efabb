/// A span of a Markdown source, as cmark-gfm reports it: 1-based lines and
/// 1-based byte columns, end inclusive.
///
/// Stored as four `Int32` (cmark's own width), so every `MarkdownNode` of every
/// loaded page is 16 bytes smaller than with four `Int`s (issue 10).
public struct SourceRange: Sendable, Hashable, Codable {
    private var storedStartLine: Int32
    private var storedStartColumn: Int32
    private var storedEndLine: Int32
    private var storedEndColumn: Int32

    public var startLine: Int {
        get { Int(storedStartLine) }
        set { storedStartLine = Int32(clamping: newValue) }
    }
    public var startColumn: Int {
        get { Int(storedStartColumn) }
        set { storedStartColumn = Int32(clamping: newValue) }
    }
    public var endLine: Int {
        get { Int(storedEndLine) }
        set { storedEndLine = Int32(clamping: newValue) }
    }
    public var endColumn: Int {
        get { Int(storedEndColumn) }
        set { storedEndColumn = Int32(clamping: newValue) }
    }

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        storedStartLine = Int32(clamping: startLine)
        storedStartColumn = Int32(clamping: startColumn)
        storedEndLine = Int32(clamping: endLine)
        storedEndColumn = Int32(clamping: endColumn)
    }

    private enum CodingKeys: String, CodingKey {
        case storedStartLine = "startLine", storedStartColumn = "startColumn"
        case storedEndLine = "endLine", storedEndColumn = "endColumn"
    }

    public static let unknown = SourceRange(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)
}
