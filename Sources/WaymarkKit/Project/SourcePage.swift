/// One page of source content: `Source-Content/<program>/<slug>.md`.
public struct SourcePage: Sendable {
    /// `<program>/<slug>`: the page's identity across locales, catalogs and channels.
    public var id: String
    public var program: String
    public var slug: String
    /// Project-relative path of the `.md` file.
    public var path: String
    public var frontMatter: FrontMatter
    /// The Markdown body with the front matter replaced by blank lines, so cmark's
    /// line numbers are the file's line numbers.
    public var body: String
    public let document: MarkdownNode
    /// The id of each heading of `document` in order (SPEC §8), worked out once when the
    /// page is loaded: every locale, channel and link check reads them, and `serve` keeps
    /// an unchanged page's load, ids included, from one build to the next.
    public let headingIDs: [String]

    init(id: String, program: String, slug: String, path: String, frontMatter: FrontMatter, body: String, document: MarkdownNode) {
        self.id = id
        self.program = program
        self.slug = slug
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.document = document
        headingIDs = HeadingAnchors.ids(in: document)
    }

    /// The page's audience: its own, else its program's.
    func audience(in program: Program) -> String { frontMatter.audience ?? program.audience }
}

/// The YAML header of a page (SPEC §4).
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var titleLine: Int
    public var description: String?
    public var descriptionLine: Int
    public var audience: String?
    public var audienceLocation: SourceLocation?
    public var draft: Bool
    /// `translate: false`: the page is published in the source locale only.
    public var translate: Bool

    public init(title: String = "", titleLine: Int = 1, description: String? = nil, descriptionLine: Int = 1,
                audience: String? = nil, audienceLocation: SourceLocation? = nil, draft: Bool = false, translate: Bool = true) {
        self.title = title
        self.titleLine = titleLine
        self.description = description
        self.descriptionLine = descriptionLine
        self.audience = audience
        self.audienceLocation = audienceLocation
        self.draft = draft
        self.translate = translate
    }
}

/// A folder of pages with `_program.yaml` (title, description, audience, order).
public struct Program: Sendable {
    public var id: String
    /// Project-relative path of `_program.yaml`.
    public var path: String
    public var title: String
    public var titleLine: Int
    public var description: String
    public var descriptionLine: Int
    public var audience: String
    public var audienceLocation: SourceLocation
    public var order: Int
    /// Pages in file-name order (the `NN-` prefix orders them).
    public var pages: [SourcePage]
    /// `quick-exit` from `_program.yaml`, if any.
    public var quickExit: QuickExit? = nil
}
