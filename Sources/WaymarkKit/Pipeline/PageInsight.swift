/// What `serve` shows about one rendered HTML page beside the page itself:
/// where it comes from, its reading level with the hardest sentences, and how
/// much of it falls back to the source language. Collected only when
/// `BuildOptions.collectsPreviewInsights` is set.
public struct PageInsight: Sendable, Hashable {
    /// Output path in the channel (`es/a/01-b/index.html`).
    public var outputPath: String
    public var locale: String
    /// `Source-Content/<id>.md`.
    public var sourcePath: String
    /// The file a person edits for this page in this locale (the `.md` or the `.po`).
    public var editPath: String
    /// Nil when the page is not measured (partly translated, or no formula).
    public var readability: ReadabilitySummary?
    /// Hardest sentences first, as the readability report ranks them.
    public var hardestSentences: [HardSentence]
    /// Leaf blocks (segments) shown in the source language.
    public var fallbackSegments: Int
    public var translation: TranslationSummary
}

/// The project-level facts `serve`'s switcher needs, plus every page insight of the built channels.
public struct PreviewInsights: Sendable {
    /// Every channel of `waymark.yaml`, built or not.
    public var channels: [ChannelConfiguration]
    /// Every locale of `waymark.yaml`, source first.
    public var locales: [String]
    public var sourceLocale: String
    /// Channel name -> output path -> insight.
    public var pages: [String: [String: PageInsight]]

    static func collect(_ site: ChannelSite, localized: LocalizedProject) -> [String: PageInsight] {
        guard site.channel.format == .html else { return [:] }
        var pages: [String: PageInsight] = [:]
        let byLocale = Dictionary(localized.locales.map { ($0.tag, $0) }, uniquingKeysWith: { first, _ in first })
        for locale in site.locales {
            for program in locale.programs {
                for page in program.pages {
                    let path = HTMLLayout.pageFile(page)
                    let source = byLocale[locale.locale]?.pages[page.id]
                    pages[path] = PageInsight(
                        outputPath: path, locale: page.locale, sourcePath: source?.page.path ?? page.editPath, editPath: page.editPath,
                        readability: page.readability, hardestSentences: source?.hardestSentences ?? [],
                        fallbackSegments: page.fallbackLeaves.count, translation: page.translation)
                }
            }
        }
        return pages
    }
}
