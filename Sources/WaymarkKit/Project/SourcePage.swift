/// One page of source content: `Source-Content/<program>/<slug>.md`.
///
/// Its fields live in one shared, immutable box, as `ChannelPage`'s do: every locale's
/// localization, assembly and rule of a page copies it, and a copy is one retain.
public struct SourcePage: Sendable {
    private struct Fields: Sendable {
        var id: String
        var program: String
        var slug: String
        var path: String
        var frontMatter: FrontMatter
        var body: String
        var headingIDs: [String]
        var tree: SourceTree
    }

    /// Setting a field gives this page a box of its own (`SharedFields`).
    private var storage: SharedFields<Fields>

    /// `<program>/<slug>`: the page's identity across locales, catalogs and channels.
    public var id: String { get { storage.fields.id } set { storage.fields.id = newValue } }
    public var program: String { get { storage.fields.program } set { storage.fields.program = newValue } }
    public var slug: String { get { storage.fields.slug } set { storage.fields.slug = newValue } }
    /// Project-relative path of the `.md` file.
    public var path: String { get { storage.fields.path } set { storage.fields.path = newValue } }
    public var frontMatter: FrontMatter { get { storage.fields.frontMatter } set { storage.fields.frontMatter = newValue } }
    /// The Markdown body with the front matter replaced by blank lines, so cmark's
    /// line numbers are the file's line numbers.
    public var body: String { get { storage.fields.body } set { storage.fields.body = newValue } }
    /// The body parsed by cmark-gfm. A page loaded from the page-load cache
    /// (`CachedPageLoads`) is parsed the first time this is read: a rebuild reads
    /// only the trees of the pages it localizes, checks or renders again.
    public var document: MarkdownNode { storage.fields.tree.document }
    /// The id of each heading of `document` in order (SPEC §8), worked out once when the
    /// page is loaded: every locale, channel and link check reads them, and `serve` keeps
    /// an unchanged page's load, ids included, from one build to the next.
    public var headingIDs: [String] { storage.fields.headingIDs }

    init(id: String, program: String, slug: String, path: String, frontMatter: FrontMatter, body: String, document: MarkdownNode) {
        self.init(id: id, program: program, slug: slug, path: path, frontMatter: frontMatter, body: body,
                  tree: SourceTree(parsed: document), headingIDs: HeadingAnchors.ids(in: document))
    }

    /// A page whose heading ids are known (from the page-load cache) and whose body is parsed when first read.
    init(id: String, program: String, slug: String, path: String, frontMatter: FrontMatter, body: String, headingIDs: [String]) {
        self.init(id: id, program: program, slug: slug, path: path, frontMatter: frontMatter, body: body,
                  tree: SourceTree(body: body), headingIDs: headingIDs)
    }

    private init(id: String, program: String, slug: String, path: String, frontMatter: FrontMatter, body: String, tree: SourceTree, headingIDs: [String]) {
        storage = SharedFields(Fields(id: id, program: program, slug: slug, path: path, frontMatter: frontMatter, body: body, headingIDs: headingIDs, tree: tree))
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

/// A page's Markdown tree, parsed once: when the page is loaded, or at its first read
/// for a page the page-load cache answered. Shared by every copy of the page, so a
/// tree read by several locales or channels is parsed once; the parse runs under the
/// lock, so a second reader waits for it instead of parsing the same bytes again.
private final class SourceTree: Sendable {
    private let body: String
    private let parsed: Locked<MarkdownNode?>

    init(parsed document: MarkdownNode) {
        body = ""
        parsed = Locked(document)
    }

    init(body: String) {
        self.body = body
        parsed = Locked(nil)
    }

    var document: MarkdownNode {
        parsed.withLock { tree in
            if let tree { return tree }
            let document = MarkdownParser().parse(body)
            tree = document
            return document
        }
    }
}
