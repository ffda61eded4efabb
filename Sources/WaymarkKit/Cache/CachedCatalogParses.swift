import Foundation

/// What parsing each catalog reported (`po-syntax` diagnostics, usually none), keyed by
/// the Waymark build, the catalog's path and the digest of its bytes: the parser reads
/// nothing else. With it a rebuild knows which catalogs are usable and what they report
/// without parsing them, and `CatalogStore` parses a catalog only when something reads
/// its entries (a page, QA or a consistency check the other caches did not answer).
struct CachedCatalogParses: Sendable {
    static let namespace = "catalogs"

    /// The parse's diagnostics (nil: not stored), or a damaged entry's warning: the same answer as QA's.
    typealias Answer = CachedQA.Answer

    let context: CacheContext

    /// The stored parse of the catalog at `path` when `contents` are its snapshot bytes; nil when
    /// they are not (the key would have to hash the bytes again, and no build passes others).
    func answer(path: String, contents: Data) -> Answer? {
        guard context.digests.isSnapshot(contents, at: path), let key = context.fileKey("po-parse", path: path) else { return nil }
        return Answer.lookup(key, in: Self.namespace, store: context.store)
    }

    func store(_ diagnostics: [Diagnostic], for key: CacheKey) {
        context.store.store(DiagnosticCoding.encode(diagnostics), for: key, in: Self.namespace)
    }
}
