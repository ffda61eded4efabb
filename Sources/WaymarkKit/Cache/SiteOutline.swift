extension Fingerprint {
    mutating func add(_ quickExit: QuickExit?) {
        add(quickExit?.url)
        add(quickExit?.label)
    }
}

/// What a channel's cached page files show besides their own page, split in
/// two so that an edit re-renders only the files that show it:
/// - `key`: what any page may show of the site (locales with their names and UI
///   strings, programs with their titles and quick exit, assets): a change here
///   re-renders the whole channel;
/// - `htmlView` and `links`: what one page's file shows of *other* pages (which
///   locales have the page, its previous and next page, the pages its body links
///   to), added to that page's key only. A title edit then re-renders the page,
///   its pager neighbours and the pages that fall back to it, not the channel.
///
/// Whether the onion mirror has the page (`onion-location`) is part of each
/// page's own key. Indexes, the chooser and the sitemap are never cached.
enum SiteOutline {
    /// The site-level part, shared by every page of the channel (no page is in it).
    static func key(_ site: ChannelSite, project: CacheKey) -> CacheKey {
        var print = Fingerprint(project)
        print.add(site.channel.name)
        print.add(site.projectName)
        print.add(site.sourceLocale)
        print.add(site.allowRawHTML)
        print.add(site.quickExit)
        print.add(site.assets.count)
        for asset in site.assets.sorted(by: { $0.path < $1.path }) {
            print.add(asset.path)
            print.add(CacheEntry.checksum(asset.contents))
        }
        // Every page's language switcher names every locale.
        print.add(site.locales.count)
        for locale in site.locales {
            print.add(locale.locale)
            print.add(locale.displayName)
            print.add(sorted: locale.ui.map { "\($0.key)\u{0}\($0.value)" })
            print.add(locale.programs.count)
            for program in locale.programs {
                for field in [program.id, program.title, program.description, program.audience] { print.add(field) }
                print.add(program.titleLanguage)
                print.add(program.descriptionLanguage)
                print.add(program.quickExit)
            }
        }
        return print.key()
    }

    /// What `HTMLRenderContext.pageDocument` shows of other pages than `page`: the file of
    /// the page in every locale (language switcher, `hreflang`), the previous and next
    /// entries of its program in its locale (pager: file, title, its language), and
    /// the targets of its body links (`links`).
    static func htmlView(of page: ChannelPage, in program: ProgramSite, locale: LocaleSite, context: HTMLRenderContext, into print: inout Fingerprint) {
        let index = context.index
        print.add(index.localeNames.count)
        for (position, other) in index.localeNames.enumerated() {
            print.add(other)
            add(index.placement(page.id, at: position), into: &print)
        }
        let order = context.programOrder(program, in: locale)
        let position = order.positions[page.id]
        print.add(position != nil)
        for offset in [-1, 1] {
            // Read in place: the entries are an array, and binding a neighbour would copy the whole page.
            guard let position, order.entries.indices.contains(position + offset) else {
                add(nil, into: &print)
                print.add(nil as String?)
                print.add(nil as String?)
                continue
            }
            let neighbour = position + offset
            print.add(true)
            add(id: order.entries[neighbour].page.id, locale: order.entries[neighbour].page.locale,
                program: order.entries[neighbour].page.program, slug: order.entries[neighbour].page.slug, into: &print)
            print.add(order.entries[neighbour].page.title)
            print.add(order.entries[neighbour].page.titleLanguage)
        }
        links(of: page, index: index, into: &print)
    }

    /// The page each `.md` link of `page`'s body leads to in this channel (`SiteIndex.linkTarget`:
    /// the page in its locale, else in the source locale, else none): the file a link's `href` names
    /// and whether it gets `hreflang`. Every page-file renderer (HTML, JSON) shows these.
    static func links(of page: ChannelPage, index: SiteIndex, into print: inout Fingerprint) {
        let ids = page.tree.linkedPageIDs(from: page.id)
        print.add(ids.count)
        let from = index.position(of: page.locale), source = index.position(of: index.site.sourceLocale)
        for id in ids {
            print.add(id)
            add(index.linkPlacement(id, from: from, source: source), into: &print)
        }
    }

    /// Where another page is published (locale, program, slug: its file in every layout), or that it is not.
    private static func add(_ place: SiteIndex.Placement?, into print: inout Fingerprint) {
        guard let place else { return print.add(false) }
        print.add(true)
        print.add(encoded: place.fingerprint)
    }

    /// Where a page is published, as every key takes it (`SiteIndex.Placement` keeps it encoded).
    static func add(id: String, locale: String, program: String, slug: String, into print: inout Fingerprint) {
        print.add(id)
        print.add(locale)
        print.add(program)
        print.add(slug)
    }
}
