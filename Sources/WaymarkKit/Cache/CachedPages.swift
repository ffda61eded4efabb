import Foundation

/// The rendered-page cache of one channel render: keys each page by what it
/// is made from, and answers from the store or renders and stores.
///
/// A page's file in one locale is a function of its own `.md`, its own catalog
/// in that locale, the files every page reads (configuration, programs, UI
/// strings, data and their catalogs, assets, glossary: any file that is not a
/// page's own), the set of page ids (a translation may link only to a page that
/// exists), and what the file shows of the other pages (`SiteOutline`). So the
/// key is the channel key (project key, the site-level outline, every page's
/// path and the digest of every file that is not a page's own, hashed once per
/// channel) plus the page's id, program, locale, the digests of its two files
/// and its own view of the other pages: which locales have it, its pager
/// neighbours, where its body links lead. An edit to one page's files then
/// changes the keys of that page and of the files that show what changed of it
/// (its title, whether a locale publishes it), never the channel key.
struct CachedPages: Sendable {
    let context: CacheContext
    /// Project key, site-level outline, page paths and every file that is not a page's own.
    let channel: CacheKey
    let namespace: String
    let sourceLocale: String

    init(context: CacheContext, site: ChannelSite) {
        self.context = context
        sourceLocale = site.sourceLocale
        namespace = CacheContext.pagesNamespace(site.channel.name)
        onionFiles = site.onionFiles
        channel = site.cacheChannelKey ?? Self.channelKey(context: context, site: site)
    }

    /// The channel key: project key, site-level outline, every page's path and the
    /// digest of every file that is not a page's own (independent of `onionFiles`).
    static func channelKey(context: CacheContext, site: ChannelSite) -> CacheKey {
        // A page's own files feed its own key and, through what it publishes, the views
        // of the pages that show it, so they leave the channel's: its `.md` and its catalog
        // in every locale, emitted there or not (an omitted page's catalog only decides
        // whether it is published, which every page showing it keys on).
        var ids = Set<String>()
        for locale in site.locales {
            for program in locale.programs {
                for page in program.pages { ids.insert(page.id) }
            }
        }
        // The `long-untranslated` record only feeds a diagnostic, and every sync rewrites it.
        var own = Set(ids.map { Self.sourcePath(id: $0) }).union([UntranslatedLedger.path])
        var pagePaths: [String] = []
        for path in context.digests.sortedPaths {
            if Self.isPageSource(path) { pagePaths.append(path) }
            if let id = Self.catalogPageID(path), ids.contains(id) { own.insert(path) }
        }
        var print = Fingerprint(SiteOutline.key(site, project: context.project))
        // Which pages exist decides which links a translation may make (`TranslationTrust`).
        print.add(sorted: pagePaths)
        print.add(filesExcept: own, in: context.digests)
        return print.key()
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

    /// Whether `path` may be a page's Markdown (`sourcePath(id:)`).
    static func isPageSource(_ path: String) -> Bool {
        path.hasPrefix(ContentLoader.contentFolder + "/") && path.hasSuffix(".md")
    }

    /// The page id whose catalog `path` would be in some locale (`catalogPath(id:locale:)`), if it has that shape.
    static func catalogPageID(_ path: String) -> String? {
        guard path.hasPrefix(CatalogStore.localesFolder + "/"), path.hasSuffix(".po") else { return nil }
        let inLocale = path.dropFirst(CatalogStore.localesFolder.count + 1)
        guard let slash = inLocale.firstIndex(of: "/") else { return nil }
        return String(inLocale[inLocale.index(after: slash)...].dropLast(3))
    }

    static func sourcePath(_ page: ChannelPage) -> String { sourcePath(id: page.id) }
    static func catalogPath(_ page: ChannelPage) -> String { catalogPath(id: page.id, locale: page.locale) }

    /// The key of `page` of `program` (its breadcrumb and quick exit), with `view`: what its
    /// file shows of other pages (`SiteOutline.htmlView`, `SiteOutline.links`).
    func key(_ page: ChannelPage, program: String, view: (inout Fingerprint) -> Void) -> CacheKey {
        var print = Fingerprint(channel)
        view(&print)
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

    /// Emits the file at `path` for `key` into `output`: nothing is read when the staging area
    /// already holds it as rendered from `key` (`ChannelOutput.keep`; the entry is still counted
    /// as used), else the stored or rendered file (`file`) is emitted with its origin. Its note,
    /// plus a warning when a damaged entry was replaced.
    func emit(_ key: CacheKey, path: String, into output: ChannelOutput, render: () -> (contents: Data, note: String),
              isUsable: (CachedFile) -> Bool = { _ in true }) -> (note: String, problem: Diagnostic?) {
        if let kept = output.keep(path, key: key.hex) {
            context.store.markUsed(key, in: namespace)
            return (kept.note, nil)
        }
        let (file, problem) = file(key, render: render, isUsable: isUsable)
        output.emit(OutputFile(path: path, contents: file.contents), sha256: file.sha256, origin: FileOrigin(key: key.hex, note: file.note))
        return (file.note, problem)
    }

    /// The stored file for `key` when it reads as one and `isUsable` accepts it, else the file
    /// and note `render()` makes, stored with its digest; plus a warning when a damaged entry was replaced.
    private func file(_ key: CacheKey, render: () -> (contents: Data, note: String),
              isUsable: (CachedFile) -> Bool = { _ in true }) -> (file: CachedFile, problem: Diagnostic?) {
        let (stored, problem) = stored(key)
        if let stored, let file = CachedFile(payload: stored), isUsable(file) { return (file, nil) }
        let rendered = render()
        let file = CachedFile(contents: rendered.contents, note: rendered.note)
        file.store(for: key, in: self)
        return (file, problem)
    }
}

extension HTMLRenderContext {
    /// `pageDocument` emitted into `output`, answered from the staging area or the cache when its key
    /// is unchanged (`CachedPages.emit`): its alternates, weight and any cache warning.
    func emitPageDocument(_ page: ChannelPage, in program: ProgramSite, locale: LocaleSite, cache: CachedPages,
                          into output: ChannelOutput) -> (alternates: HTMLAlternates, weight: PageWeight, problem: Diagnostic?) {
        let key = cache.key(page, program: program.id) { SiteOutline.htmlView(of: page, in: program, locale: locale, context: self, into: &$0) }
        // The alternates come from the index, which the key covers.
        let alternates = alternates(of: page)
        // Stored with the file's digest and its weight (the note), so a hit neither hashes nor measures it again.
        var measured: PageWeight?
        let (note, problem) = cache.emit(key, path: alternates.file, into: output, render: {
            let rendered = pageDocument(page, in: program, locale: locale)
            measured = rendered.weight
            return (rendered.document.contents, String(rendered.weight.bytes))
        }, isUsable: { Int($0.note) != nil })
        let weight = measured ?? PageWeight(path: alternates.file, bytes: Int(note) ?? 0, budget: site.channel.pageWeightBudget)
        return (alternates, weight, problem)
    }
}
