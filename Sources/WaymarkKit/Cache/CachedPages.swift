import Foundation

/// The rendered-page cache of one channel render: keys each page by the site
/// outline plus the page, and answers from the store or renders and stores.
struct CachedPages: Sendable {
    let context: CacheContext
    let outline: CacheKey
    let namespace: String

    init(context: CacheContext, site: ChannelSite) {
        self.context = context
        outline = SiteOutline.key(site, project: context.project)
        namespace = CacheContext.pagesNamespace(site.channel.name)
        onionFiles = site.onionFiles
    }

    /// Onion-mirror files (web with `onion-location`); nil: every page announces its mirror.
    let onionFiles: Set<String>?

    /// The key of `page` of `program` (its pager, breadcrumb and quick exit).
    func key(_ page: ChannelPage, program: String) -> CacheKey {
        var print = Fingerprint(outline)
        print.add(program)
        print.add(page)
        print.add(onionFiles.map { $0.contains(HTMLLayout.pageFile(page)) ? "mirrored" : "not mirrored" })
        return print.key()
    }

    /// The stored payload for `key`, else `render()`'s, stored; plus a warning when a damaged entry was replaced.
    func payload(_ key: CacheKey, render: () -> Data) -> (payload: Data, problem: Diagnostic?) {
        var problem: Diagnostic?
        switch context.store.lookup(key, in: namespace) {
        case .success(let stored?): return (stored, nil)
        case .success(nil): break
        case .failure(let diagnostic): problem = diagnostic
        }
        let payload = render()
        context.store.store(payload, for: key, in: namespace)
        return (payload, problem)
    }
}

extension HTMLRenderContext {
    /// `pageDocument`, answered from the cache when the page and the site outline are unchanged.
    func pageDocument(_ page: ChannelPage, in program: ProgramSite, locale: LocaleSite, cache: CachedPages?) -> (document: RenderedDocument, weight: PageWeight, problem: Diagnostic?) {
        guard let cache else {
            let rendered = pageDocument(page, in: program, locale: locale)
            return (rendered.document, rendered.weight, nil)
        }
        var fresh: (document: RenderedDocument, weight: PageWeight)?
        let (payload, problem) = cache.payload(cache.key(page, program: program.id)) {
            let rendered = pageDocument(page, in: program, locale: locale)
            fresh = rendered
            return Data("\(rendered.weight.bytes)\n".utf8) + Data(rendered.document.html.utf8)
        }
        if let fresh { return (fresh.document, fresh.weight, problem) }
        // Verified payload: "<weight bytes>\n<html>"; the alternates come from the index, which the key covers.
        let newline = payload.firstIndex(of: 0x0A) ?? payload.startIndex
        let bytes = Int(String(decoding: payload[payload.startIndex..<newline], as: UTF8.self)) ?? 0
        let html = String(decoding: payload[(newline + 1)...], as: UTF8.self)
        let alternates = alternates(of: page)
        return (RenderedDocument(alternates: alternates, html: html), PageWeight(path: alternates.file, bytes: bytes, budget: site.channel.pageWeightBudget), problem)
    }
}
