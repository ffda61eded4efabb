extension Fingerprint {
    mutating func add(_ quickExit: QuickExit?) {
        add(quickExit?.url)
        add(quickExit?.label)
    }
}

/// The part of a channel site that any one page's file can show besides the
/// page itself: locales and their UI strings, programs with their titles, and
/// which pages exist where under which slug and title (language switcher,
/// breadcrumb, pager, body links, `hreflang`, asset sizes). Whether the onion
/// mirror has the page (`onion-location`) is part of each page's own key.
/// A change here re-renders the whole channel; a change to one page's body
/// does not touch it, so only that page is rendered again.
enum SiteOutline {
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
                print.add(program.pages.count)
                for page in program.pages {
                    for field in [page.id, page.program, page.slug, page.locale, page.title] { print.add(field) }
                    print.add(page.titleLanguage)
                }
            }
        }
        return print.key()
    }
}
