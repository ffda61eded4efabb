import Foundation

/// The page-rule cache: one entry per page, holding what the page rules reported on it.
/// A page rule reads its own page and, of the rest of the project, only what `PageRule`
/// allows: other pages' ids and heading ids, the file list, data, UI strings, programs
/// and configuration. So the key is the project key, every path of the snapshot, the
/// bytes of every file that is neither a page nor a catalog, every page's id and heading
/// ids, and then the page's own path and bytes. A page answered here is not checked, so
/// its tree is not parsed for the rules.
struct CachedPageRules: Sendable {
    static let namespace = "page-rules"

    /// The page rules' diagnostics (nil: not stored), or a damaged entry's warning.
    typealias Answer = CachedQA.Answer

    let context: CacheContext
    /// Everything every page's entry shares.
    private let shared: CacheKey

    init(context: CacheContext, pages: [SourcePage]) {
        self.context = context
        var print = Fingerprint(context.project)
        print.add(Self.namespace)
        let pagePaths = Set(pages.map(\.path))
        let catalogs = CatalogStore.localesFolder + "/"
        print.add(context.digests.sortedPaths.count)
        for path in context.digests.sortedPaths {
            print.add(path)
            // A page's bytes reach other pages' rules only through its id and heading ids (below).
            let isCatalog = path.hasPrefix(catalogs) && path.hasSuffix(".po")
            if !isCatalog, !pagePaths.contains(path), let digest = context.digests[path] { print.add(digest) }
        }
        print.add(refusedIn: context.digests)
        print.add(pages.count)
        for page in pages {
            print.add(page.id)
            print.add(page.path)
            print.add(page.headingIDs.count)
            for id in page.headingIDs { print.add(id) }
        }
        shared = print.key()
    }

    /// The stored page-rule diagnostics of `page`; nil when the snapshot has no bytes for it.
    func answer(_ page: SourcePage) -> Answer? {
        guard let digest = context.digests[page.path] else { return nil }
        var print = Fingerprint(shared)
        print.add(page.path)
        print.add(digest)
        return Answer.lookup(print.key(), in: Self.namespace, store: context.store)
    }

    func store(_ diagnostics: [Diagnostic], for key: CacheKey) {
        context.store.store(DiagnosticCoding.encode(diagnostics), for: key, in: Self.namespace)
    }
}
