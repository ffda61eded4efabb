import Foundation

/// The localization cache: one entry per page, locale and `publish-fuzzy`
/// setting, holding everything later stages read of a `LocalizedPage` except
/// its spliced tree (title, description, edit path, fallback flags and leaves,
/// translation summary, missing units, splicing diagnostics, the reading-level
/// measurement). A page answered here is neither spliced nor measured; its tree
/// is spliced only if a renderer misses its page cache (`PageTree`).
///
/// The key is exactly what localizing reads: the project key (configuration,
/// Waymark build, options), the set of page ids (translated links must point at
/// a page that exists), the locale and setting, the files placeholders take
/// their values from (`_ui.yaml`, `_data/`, and their catalogs in that locale),
/// the page's id, path and audience, its `.md` and its catalog in that locale.
struct CachedLocalizations: Sendable {
    static let namespace = "localized"

    /// What the cache holds for one page in one locale.
    struct Answer: Sendable {
        var key: CacheKey
        var page: LocalizedPage?
        /// The warning for a damaged entry (the page is then localized again and stored).
        var problem: Diagnostic?
    }

    let context: CacheContext
    /// Project key and page ids: shared by every entry of the build.
    private let shared: CacheKey

    init(context: CacheContext, pageIDs: Set<String>) {
        self.context = context
        var print = Fingerprint(context.project)
        print.add(Self.namespace)
        print.add(sorted: pageIDs)
        shared = print.key()
    }

    /// The part of the key every page of `locale` shares: the setting and the placeholder sources.
    func localeKey(_ locale: String, isSource: Bool, publishFuzzy: Bool) -> CacheKey {
        var print = Fingerprint(shared)
        print.add(locale)
        print.add(isSource)
        print.add(publishFuzzy)
        let content = ContentLoader.contentFolder, catalogs = "\(CatalogStore.localesFolder)/\(locale)"
        let isPlaceholderSource = { (path: String) -> Bool in
            if path == UIStringsLoader.path || path.hasPrefix("\(content)/_data/") { return true }
            return !isSource && (path == "\(catalogs)/_ui.po" || path.hasPrefix("\(catalogs)/_data/"))
        }
        var count = 0
        for path in context.digests.sortedPaths where isPlaceholderSource(path) {
            print.add(file: path, in: context.digests)
            count += 1
        }
        print.add(count)
        // An unreadable data file changes what placeholders say.
        for (path, reason) in context.digests.refused where isPlaceholderSource(path) {
            print.add(path)
            print.add(reason)
        }
        return print.key()
    }

    /// The key of `page` (whose audience is `audience`) in the locale of `localeKey`;
    /// `catalogPath` is its catalog there, nil in the source locale.
    func key(_ page: SourcePage, audience: String, catalogPath: String?, localeKey: CacheKey) -> CacheKey {
        var print = Fingerprint(localeKey)
        print.add(page.id)
        print.add(audience)
        print.add(file: page.path, in: context.digests)
        if let catalogPath { print.add(file: catalogPath, in: context.digests) } else { print.add("source") }
        return print.key()
    }

    /// The stored page for `key`, its tree to be spliced from `recipe` when read.
    func answer(_ key: CacheKey, recipe: PageTree.Recipe) -> Answer {
        let found = context.store.lookup(key, in: Self.namespace) { try LocalizedPage.decode(Data($0), recipe: recipe) }
        return Answer(key: key, page: found.value, problem: found.problem)
    }

    /// Stores the page localized for `key` (everything but its tree).
    func store(_ page: LocalizedPage, for key: CacheKey) {
        context.store.store(page.encode(), for: key, in: Self.namespace)
    }

    /// Whether an earlier build rendered a channel whose page-cache channel key was `channelKey`
    /// (and records that this one does). When not, every page of that channel misses its page
    /// cache, so the render stage splices each deferred tree once for all channels instead of
    /// once per channel (`RenderStage`). A damaged marker is a warning and counts as not rendered.
    static func renderedBefore(channelKey: CacheKey, context: CacheContext) -> (rendered: Bool, problem: Diagnostic?) {
        var print = Fingerprint(channelKey)
        print.add("rendered channel")
        let key = print.key()
        let found = context.store.lookup(key, in: namespace)
        if case .success(_?) = found { return (true, nil) }
        context.store.store(Data(), for: key, in: namespace)
        if case .failure(let problem) = found { return (false, problem) }
        return (false, nil)
    }
}
