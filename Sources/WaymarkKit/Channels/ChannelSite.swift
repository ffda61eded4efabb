/// Everything one channel publishes: the locales it allows (SPEC §5.3), their
/// programs and pages, already localized. The pipeline builds it; a channel
/// renderer turns it into files and never looks at catalogs or source again.
public struct ChannelSite: Sendable {
    public var channel: ChannelConfiguration
    public var projectName: String
    public var sourceLocale: String
    /// Published locales, in `waymark.yaml` order.
    public var locales: [LocaleSite]
    /// Static files from `Source-Content/_assets/`, path relative to `_assets/` (metadata already stripped for tor).
    public var assets: [OutputFile]
    /// `allow-raw-html` from `waymark.yaml`; honoured on the `web` profile only (SPEC §4).
    public var allowRawHTML: Bool
    /// HTML files the onion twin of this channel emits (web with `onion-location` only):
    /// `onion-location` is announced only on pages listed here. Nil: on every page.
    public var onionFiles: Set<String>?
    /// `quick-exit` of the project, for pages outside any program (homes, chooser).
    public var quickExit: QuickExit?
    /// SVG assets rasterized to PNG (tor), by the SVG's path relative to `_assets/`;
    /// pages show the PNG, and `assets` holds the PNG files instead of the SVG.
    public var rasterImages: [String: RasterizedImage] = [:]
    /// The incremental-build cache the renderer may answer unchanged pages from; nil: render every page.
    var cache: CacheContext?
    /// The page cache's channel key when the render stage already computed it (`CachedPages.channel`).
    var cacheChannelKey: CacheKey?

    public init(channel: ChannelConfiguration, projectName: String, sourceLocale: String, locales: [LocaleSite], assets: [OutputFile], allowRawHTML: Bool = false) {
        self.channel = channel
        self.projectName = projectName
        self.sourceLocale = sourceLocale
        self.locales = locales
        self.assets = assets
        self.allowRawHTML = allowRawHTML
    }
}

/// One locale of a channel.
public struct LocaleSite: Sendable {
    public var locale: String
    /// The locale's own name for itself ("Español", "Suomi"), for language switchers.
    public var displayName: String
    /// UI strings from `_ui.yaml`, translated where a translation exists.
    public var ui: [String: String]
    public var programs: [ProgramSite]
    public var translation: TranslationSummary

    public init(locale: String, displayName: String, ui: [String: String], programs: [ProgramSite], translation: TranslationSummary) {
        self.locale = locale
        self.displayName = displayName
        self.ui = ui
        self.programs = programs
        self.translation = translation
    }
}

/// One program (`Source-Content/<program>/`) of a locale, with only the pages this channel emits.
public struct ProgramSite: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var audience: String
    public var pages: [ChannelPage]
    /// `lang` of the title / description when they are shown in the source language; nil when translated.
    public var titleLanguage: String?
    public var descriptionLanguage: String?
    /// The program's `quick-exit` (its own, else the project's).
    public var quickExit: QuickExit?

    public init(id: String, title: String, description: String, audience: String, pages: [ChannelPage],
                titleLanguage: String? = nil, descriptionLanguage: String? = nil, quickExit: QuickExit? = nil) {
        self.titleLanguage = titleLanguage
        self.descriptionLanguage = descriptionLanguage
        self.quickExit = quickExit
        self.id = id
        self.title = title
        self.description = description
        self.audience = audience
        self.pages = pages
    }
}

/// One page rendered for one locale.
///
/// Its fields live in one shared, immutable box: a channel's pages are copied into the
/// site index, the program orders and the render jobs, and a copy of fifteen fields
/// was fifteen retains and releases (5% of a 10,000-page rebuild). A copy is now one;
/// setting a field (rare: assembly and splicing) gives the page a box of its own.
public struct ChannelPage: Sendable {
    /// The page's values; `Box` shares them between copies.
    private struct Fields: Sendable {
        var id: String
        var program: String
        var slug: String
        var locale: String
        var editPath: String
        var title: String
        var description: String
        var audience: String
        var tree: PageTree
        var fallbackLeaves: Set<Int>
        var translation: TranslationSummary
        var readability: ReadabilitySummary?
        var titleLanguage: String?
        var headingIDs: [String]
        var descriptionLanguage: String?
    }

    /// Setting a field gives this page a box of its own (`SharedFields`).
    private var storage: SharedFields<Fields>

    /// Source path without `.md`, relative to `Source-Content/`: `online-road-safety/01-welcome`.
    public var id: String { get { storage.fields.id } set { storage.fields.id = newValue } }
    public var program: String { get { storage.fields.program } set { storage.fields.program = newValue } }
    /// File name without `.md`: `01-welcome`.
    public var slug: String { get { storage.fields.slug } set { storage.fields.slug = newValue } }
    public var locale: String { get { storage.fields.locale } set { storage.fields.locale = newValue } }
    /// Project-relative path of the file a person edits for this page in this locale
    /// (the `.md` for the source locale, the `.po` otherwise), for diagnostics.
    public var editPath: String { get { storage.fields.editPath } set { storage.fields.editPath = newValue } }
    public var title: String { get { storage.fields.title } set { storage.fields.title = newValue } }
    public var description: String { get { storage.fields.description } set { storage.fields.description = newValue } }
    public var audience: String { get { storage.fields.audience } set { storage.fields.audience = newValue } }
    /// Localized body; placeholders expanded; links still as written (`02-passwords.md`).
    /// A page from the localization cache splices it when read: read it once per render.
    public var body: MarkdownNode {
        get { tree.resolved() }
        set { tree = PageTree(newValue) }
    }
    /// The body as the localization stage gave it: spliced, or spliced on first read.
    var tree: PageTree { get { storage.fields.tree } set { storage.fields.tree = newValue } }
    /// Leaf blocks (pre-order index among paragraph, heading and table-cell nodes of `body`)
    /// that show source text because no usable translation exists: rendered with
    /// `lang` of the source locale and class `wm-fallback`.
    public var fallbackLeaves: Set<Int> { get { storage.fields.fallbackLeaves } set { storage.fields.fallbackLeaves = newValue } }
    public var translation: TranslationSummary { get { storage.fields.translation } set { storage.fields.translation = newValue } }
    public var readability: ReadabilitySummary? { get { storage.fields.readability } set { storage.fields.readability = newValue } }
    /// The title's language when it is not the page's: an untranslated title shown
    /// in the source language (marked like fallback blocks). Nil when translated.
    public var titleLanguage: String? { get { storage.fields.titleLanguage } set { storage.fields.titleLanguage = newValue } }
    /// The id of each heading of `body` in document order, from the source-language page (SPEC §8).
    public var headingIDs: [String] { get { storage.fields.headingIDs } set { storage.fields.headingIDs = newValue } }
    /// The description's language when it is shown in the source language; nil when translated.
    public var descriptionLanguage: String? { get { storage.fields.descriptionLanguage } set { storage.fields.descriptionLanguage = newValue } }

    public init(
        id: String, program: String, slug: String, locale: String, editPath: String,
        title: String, description: String, audience: String, body: MarkdownNode,
        fallbackLeaves: Set<Int> = [], translation: TranslationSummary, readability: ReadabilitySummary? = nil,
        titleLanguage: String? = nil, headingIDs: [String] = [], descriptionLanguage: String? = nil
    ) {
        self.init(id: id, program: program, slug: slug, locale: locale, editPath: editPath, title: title, description: description,
                  audience: audience, tree: PageTree(body), fallbackLeaves: fallbackLeaves, translation: translation,
                  readability: readability, titleLanguage: titleLanguage, headingIDs: headingIDs, descriptionLanguage: descriptionLanguage)
    }

    /// A page whose body may still be a recipe (`PageTree`).
    init(
        id: String, program: String, slug: String, locale: String, editPath: String,
        title: String, description: String, audience: String, tree: PageTree,
        fallbackLeaves: Set<Int>, translation: TranslationSummary, readability: ReadabilitySummary?,
        titleLanguage: String?, headingIDs: [String], descriptionLanguage: String?
    ) {
        storage = SharedFields(Fields(id: id, program: program, slug: slug, locale: locale, editPath: editPath, title: title, description: description,
                         audience: audience, tree: tree, fallbackLeaves: fallbackLeaves, translation: translation, readability: readability,
                         titleLanguage: titleLanguage, headingIDs: headingIDs, descriptionLanguage: descriptionLanguage))
    }

    /// The title as text, wrapped in `lang` and `wm-fallback` when it is in another language.
    var titleNode: HTMLNode { HTMLNode.text(title, language: titleLanguage) }
}

extension HTMLNode {
    /// `text`, wrapped in `<span lang class="wm-fallback">` when it is in `language` (not the page's).
    static func text(_ text: String, language: String?) -> HTMLNode {
        guard let language else { return .text(text) }
        return .element("span", attrs(("lang", language), ("class", "wm-fallback")), [.text(text)])
    }
}

/// Translation state counts for a page, program or locale (SPEC §5.2).
public struct TranslationSummary: Sendable, Hashable, Codable {
    public var translated: Int
    public var fuzzy: Int
    public var untranslated: Int
    public var obsolete: Int
    public var translatedWords: Int
    public var totalWords: Int

    public init(translated: Int = 0, fuzzy: Int = 0, untranslated: Int = 0, obsolete: Int = 0, translatedWords: Int = 0, totalWords: Int = 0) {
        self.translated = translated
        self.fuzzy = fuzzy
        self.untranslated = untranslated
        self.obsolete = obsolete
        self.translatedWords = translatedWords
        self.totalWords = totalWords
    }

    /// Share of source words translated; an empty page counts as complete.
    public var completeness: Double { totalWords == 0 ? 1 : Double(translatedWords) / Double(totalWords) }

    public static func + (lhs: TranslationSummary, rhs: TranslationSummary) -> TranslationSummary {
        TranslationSummary(
            translated: lhs.translated + rhs.translated, fuzzy: lhs.fuzzy + rhs.fuzzy,
            untranslated: lhs.untranslated + rhs.untranslated, obsolete: lhs.obsolete + rhs.obsolete,
            translatedWords: lhs.translatedWords + rhs.translatedWords, totalWords: lhs.totalWords + rhs.totalWords)
    }
}

/// A page's reading level in one locale, as published in JSON and shown by `report`.
public struct ReadabilitySummary: Sendable, Hashable, Codable {
    public var formula: String
    public var score: Double
    /// Human-readable target such as "max 5" or "min 80"; nil when the audience sets none.
    public var target: String?
    public var passed: Bool?

    public init(formula: String, score: Double, target: String? = nil, passed: Bool? = nil) {
        self.formula = formula
        self.score = score
        self.target = target
        self.passed = passed
    }
}
