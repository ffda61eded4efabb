/// Lookups over a `ChannelSite` that every renderer needs: which pages exist in
/// which locale, and a page's neighbours within its program. Built once per render.
struct SiteIndex: Sendable {
    let site: ChannelSite
    /// Assets by path relative to `_assets/`.
    let assets: [String: OutputFile]
    /// The published locales in configuration order; the lookups below are by position in it.
    let localeNames: [String]
    private let positions: [String: Int]
    private let pages: [[String: ChannelPage]]
    /// Where each page is published, by locale position and id: what other pages' files show of it.
    private let placements: [[String: Placement]]

    /// Where a page is published in this channel (its file in every layout), without the page:
    /// every page's cache key reads this of several other pages, and a `ChannelPage` copied out
    /// of a dictionary retains each of its many fields.
    struct Placement: Sendable {
        let id: String
        let locale: String
        let program: String
        let slug: String
        /// The fields as a `Fingerprint` takes them (`SiteOutline`), encoded once: tens of
        /// thousands of page keys add the same few placements.
        let fingerprint: [UInt8]

        init(id: String, locale: String, program: String, slug: String) {
            (self.id, self.locale, self.program, self.slug) = (id, locale, program, slug)
            var print = Fingerprint(capacity: 64)
            SiteOutline.add(id: id, locale: locale, program: program, slug: slug, into: &print)
            fingerprint = print.bytes
        }
    }

    /// Each locale is indexed on its own thread.
    init(_ site: ChannelSite) {
        self.site = site
        localeNames = site.locales.map(\.locale)
        positions = Dictionary(localeNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let indexed = site.locales.parallelMap { locale -> ([String: ChannelPage], [String: Placement]) in
            var pages: [String: ChannelPage] = [:], placements: [String: Placement] = [:]
            for program in locale.programs {
                for page in program.pages {
                    pages[page.id] = page
                    placements[page.id] = Placement(id: page.id, locale: page.locale, program: page.program, slug: page.slug)
                }
            }
            return (pages, placements)
        }
        pages = indexed.map(\.0)
        placements = indexed.map(\.1)
        self.assets = Dictionary(site.assets.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of `locale` in `localeNames`, if it is published.
    func position(of locale: String) -> Int? {
        positions[locale]
    }

    /// The page `id` as emitted in `locale`, if this channel emits it there.
    func page(_ id: String, in locale: String) -> ChannelPage? {
        positions[locale].flatMap { pages[$0][id] }
    }

    /// The page to link to for `id` from a page in `locale`: the localized page, else the
    /// source-locale page, else nil (the link is rendered as plain text).
    func linkTarget(_ id: String, from locale: String) -> ChannelPage? {
        page(id, in: locale) ?? page(id, in: site.sourceLocale)
    }

    /// Where page `id` is emitted in the locale at `position` of `localeNames`, if it is.
    func placement(_ id: String, at position: Int) -> Placement? {
        placements[position][id]
    }

    /// `linkTarget(_:from:)`'s placement, with the page's locale and the source locale as
    /// positions (`position(of:)`): looked up once for a page, not once for each of its links.
    func linkPlacement(_ id: String, from: Int?, source: Int?) -> Placement? {
        from.flatMap { placements[$0][id] } ?? source.flatMap { placements[$0][id] }
    }

    /// Where page `id` is emitted, in every published locale that has it, in configuration order.
    func placements(of id: String) -> [(locale: String, place: Placement)] {
        placements.indices.compactMap { position in placements[position][id].map { (localeNames[position], $0) } }
    }

    /// The pages before and after `page` in its program, in this locale.
    func neighbours(of page: ChannelPage, in program: ProgramSite) -> (previous: ChannelPage?, next: ChannelPage?) {
        guard let index = program.pages.firstIndex(where: { $0.id == page.id }) else { return (nil, nil) }
        let previous = index > 0 ? program.pages[index - 1] : nil
        let next = index + 1 < program.pages.count ? program.pages[index + 1] : nil
        return (previous, next)
    }
}
