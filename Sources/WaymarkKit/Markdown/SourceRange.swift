/// A span of a Markdown source, as cmark-gfm reports it: 1-based lines and
/// 1-based byte columns, end inclusive.
public struct SourceRange: Sendable, Hashable, Codable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public static let unknown = SourceRange(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)
}
