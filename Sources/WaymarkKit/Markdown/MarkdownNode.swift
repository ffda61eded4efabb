/// A GitHub-flavoured Markdown document as a Swift value tree, converted once
/// from cmark-gfm's AST so that every later stage (rendering, segmenting,
/// checking, readability, JSON blocks) is pure Swift over `Sendable` values.
public struct MarkdownNode: Sendable, Hashable {
    public var kind: Kind
    public var children: [MarkdownNode]
    public var range: SourceRange

    public init(_ kind: Kind, children: [MarkdownNode] = [], range: SourceRange = .unknown) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    public enum ListType: String, Sendable, Hashable, Codable { case bullet, ordered }
    public enum ListDelimiter: String, Sendable, Hashable, Codable { case none, period, paren }
    public enum TableAlignment: String, Sendable, Hashable, Codable { case none, left, center, right }

    /// The cases with two strings (or a string and two counts) are `indirect`:
    /// boxed, they leave the largest inline payload at 18 bytes, so a node is
    /// 48 bytes instead of 64 (issue 10). Links, images, code blocks and
    /// footnote references are a small share of a page's nodes; text and
    /// containers are most of them.
    public enum Kind: Sendable, Hashable {
        // Blocks
        case document
        case blockQuote
        case list(type: ListType, start: Int, delimiter: ListDelimiter, tight: Bool)
        /// `taskChecked` is nil for an ordinary item, true/false for a task-list item.
        case item(taskChecked: Bool?)
        indirect case codeBlock(info: String, literal: String, fenced: Bool)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int, setext: Bool)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case footnoteDefinition(label: String)
        // Inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        indirect case link(destination: String, title: String)
        indirect case image(source: String, title: String)
        /// `label` is the definition's label as written (used for `#fn-` anchors),
        /// `index` the footnote's 1-based number, `occurrence` the 1-based count of
        /// references to the same footnote up to this one, in source order.
        indirect case footnoteReference(label: String, index: Int, occurrence: Int)
    }
}
