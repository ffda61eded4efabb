/// Lookups over a `ChannelSite` that every renderer needs: which pages exist in
/// which locale, and a page's neighbours within its program. Built once per render.
struct SiteIndex: Sendable {
    let site: ChannelSite
    /// Assets by path relative to `_assets/`.
    let assets: [String: OutputFile]
    private let pages: [String: [String: ChannelPage]]
    /// Where each page is published, by locale and id: what other pages' files show of it.
    private let placements: [String: [String: Placement]]

    /// Where a page is published in this channel (its file in every layout), without the page:
    /// every page's cache key reads this of several other pages, and a `ChannelPage` copied out
    /// of a dictionary retains each of its many fields.
    struct Placement: Sendable {
        let id: String
        let locale: String
        let program: String
        let slug: String
    }

    init(_ site: ChannelSite) {
        self.site = site
        var pages: [String: [String: ChannelPage]] = [:]
        var placements: [String: [String: Placement]] = [:]
        for locale in site.locales {
            for program in locale.programs {
                for page in program.pages {
                    pages[locale.locale, default: [:]][page.id] = page
                    placements[locale.locale, default: [:]][page.id] = Placement(id: page.id, locale: page.locale, program: page.program, slug: page.slug)
                }
            }
        }
        self.pages = pages
        self.placements = placements
        self.assets = Dictionary(site.assets.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The page `id` as emitted in `locale`, if this channel emits it there.
    func page(_ id: String, in locale: String) -> ChannelPage? {
        pages[locale]?[id]
    }

    /// The page to link to for `id` from a page in `locale`: the localized page, else the
    /// source-locale page, else nil (the link is rendered as plain text).
    func linkTarget(_ id: String, from locale: String) -> ChannelPage? {
        page(id, in: locale) ?? page(id, in: site.sourceLocale)
    }

    /// Where page `id` is emitted in `locale`, if it is.
    func placement(_ id: String, in locale: String) -> Placement? {
        placements[locale]?[id]
    }

    /// `linkTarget(_:from:)`'s placement.
    func linkPlacement(_ id: String, from locale: String) -> Placement? {
        placement(id, in: locale) ?? placement(id, in: site.sourceLocale)
    }

    /// Whether this channel emits page `id` in `locale` (without copying the page out).
    func emits(_ id: String, in locale: String) -> Bool {
        pages[locale]?.index(forKey: id) != nil
    }

    /// Published locales in which page `id` is emitted, in configuration order.
    func locales(having id: String) -> [LocaleSite] {
        site.locales.filter { emits(id, in: $0.locale) }
    }

    /// The pages before and after `page` in its program, in this locale.
    func neighbours(of page: ChannelPage, in program: ProgramSite) -> (previous: ChannelPage?, next: ChannelPage?) {
        guard let index = program.pages.firstIndex(where: { $0.id == page.id }) else { return (nil, nil) }
        let previous = index > 0 ? program.pages[index - 1] : nil
        let next = index + 1 < program.pages.count ? program.pages[index + 1] : nil
        return (previous, next)
    }
}
