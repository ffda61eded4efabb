import Foundation

/// The rendered-page cache of one channel render: keys each page by what it
/// is made from, and answers from the store or renders and stores.
///
/// A page's file in one locale is a function of its own `.md`, its own catalog
/// in that locale, the files every page reads (configuration, programs, UI
/// strings, data and their catalogs, assets, glossary: any file that is not a
/// page's own), and what its navigation shows of the other pages (the site
/// outline). So the key is the channel key (project key, outline, and the
/// digest of every file that is not a page's own, hashed once per channel)
/// plus the page's id, program, locale and the digests of its two files:
/// about a hundred bytes per page instead of its whole localized tree.
struct CachedPages: Sendable {
    let context: CacheContext
    /// Project key, site outline and every file that is not one of this channel's pages' own.
    let channel: CacheKey
    let namespace: String
    let sourceLocale: String

    init(context: CacheContext, site: ChannelSite) {
        self.context = context
        sourceLocale = site.sourceLocale
        namespace = CacheContext.pagesNamespace(site.channel.name)
        onionFiles = site.onionFiles
        // A page's own files are in its key, so they can leave the channel's; every other
        // file (another locale's catalog of a page this locale omits included) stays in it.
        var own = Set<String>()
        for locale in site.locales {
            for program in locale.programs {
                for page in program.pages {
                    own.insert(Self.sourcePath(page))
                    if page.locale != site.sourceLocale { own.insert(Self.catalogPath(page)) }
                }
            }
        }
        var print = Fingerprint(SiteOutline.key(site, project: context.project))
        print.add(filesExcept: own, in: context.digests)
        channel = print.key()
    }

    /// Onion-mirror files (web with `onion-location`); nil: every page announces its mirror.
    let onionFiles: Set<String>?

    /// The Markdown file of page `id` (`Source-Content/<program>/<slug>.md`, as `ContentLoader` reads it).
    static func sourcePath(id: String) -> String {
        "\(ContentLoader.contentFolder)/\(id).md"
    }

    /// The catalog of page `id` in `locale` (`SourceFileUnits.catalogPath`).
    static func catalogPath(id: String, locale: String) -> String {
        "\(CatalogStore.localesFolder)/\(locale)/\(id).po"
    }

    static func sourcePath(_ page: ChannelPage) -> String { sourcePath(id: page.id) }
    static func catalogPath(_ page: ChannelPage) -> String { catalogPath(id: page.id, locale: page.locale) }

    /// The key of `page` of `program` (its pager, breadcrumb and quick exit).
    func key(_ page: ChannelPage, program: String) -> CacheKey {
        var print = Fingerprint(channel)
        print.add(program)
        print.add(page.id)
        print.add(page.locale)
        print.add(file: Self.sourcePath(page), in: context.digests)
        if page.locale == sourceLocale { print.add("source") } else { print.add(file: Self.catalogPath(page), in: context.digests) }
        print.add(onionFiles.map { $0.contains(HTMLLayout.pageFile(page)) ? "mirrored" : "not mirrored" })
        return print.key()
    }

    /// The verified payload stored for `key` (a slice), nil when there is none; plus a warning when a damaged entry is to be replaced.
    func stored(_ key: CacheKey) -> (payload: Data?, problem: Diagnostic?) {
        switch context.store.lookup(key, in: namespace) {
        case .success(let stored): return (stored, nil)
        case .failure(let diagnostic): return (nil, diagnostic)
        }
    }

    /// Stores the payload made of `parts` end to end under `key`.
    func store(_ parts: [UnsafeRawBufferPointer], for key: CacheKey) {
        context.store.store(parts, for: key, in: namespace)
    }

    /// The stored payload for `key`, else `render()`'s, stored; plus a warning when a damaged entry was replaced.
    func payload(_ key: CacheKey, render: () -> [UInt8]) -> (payload: Data, problem: Diagnostic?) {
        let (stored, problem) = stored(key)
        // A fresh `Data`: files go on with indices from 0.
        if let stored { return (Data(stored), nil) }
        let payload = render()
        payload.withUnsafeBytes { store([$0], for: key) }
        return (Data(payload), problem)
    }
}

extension HTMLRenderContext {
    /// `pageDocument`, answered from the cache when the page and the site outline are unchanged.
    func pageDocument(_ page: ChannelPage, in program: ProgramSite, locale: LocaleSite, cache: CachedPages?) -> (document: RenderedDocument, weight: PageWeight, problem: Diagnostic?) {
        guard let cache else {
            let rendered = pageDocument(page, in: program, locale: locale)
            return (rendered.document, rendered.weight, nil)
        }
        let key = cache.key(page, program: program.id)
        let (stored, problem) = cache.stored(key)
        guard let payload = stored else {
            // Payload: "<weight bytes>\n<html>", hashed and copied once into the record.
            let rendered = pageDocument(page, in: program, locale: locale)
            var html = rendered.document.html
            let weight = Array("\(rendered.weight.bytes)\n".utf8)
            weight.withUnsafeBytes { weight in
                html.withUTF8 { html in cache.store([weight, UnsafeRawBufferPointer(html)], for: key) }
            }
            return (rendered.document, rendered.weight, problem)
        }
        // Verified payload; the alternates come from the index, which the key covers.
        let newline = payload.firstIndex(of: 0x0A) ?? payload.startIndex
        let bytes = Int(String(decoding: payload[payload.startIndex..<newline], as: UTF8.self)) ?? 0
        let html = String(decoding: payload[(newline + 1)...], as: UTF8.self)
        let alternates = alternates(of: page)
        return (RenderedDocument(alternates: alternates, html: html), PageWeight(path: alternates.file, bytes: bytes, budget: site.channel.pageWeightBudget), problem)
    }
}
