import Foundation

/// What parsing each catalog reported (`po-syntax` diagnostics, usually none), keyed by
/// the Waymark build, the catalog's path and the digest of its bytes: the parser reads
/// nothing else. With it a rebuild knows which catalogs are usable and what they report
/// without parsing them, and `CatalogStore` parses a catalog only when something reads
/// its entries (a page, QA or a consistency check the other caches did not answer).
struct CachedCatalogParses: Sendable {
    static let namespace = "catalogs"

    /// What the cache holds for one catalog.
    struct Answer: Sendable {
        var key: CacheKey
        /// The parse's diagnostics; nil when they are not stored (or the entry does not decode).
        var diagnostics: [Diagnostic]?
        /// A damaged entry's warning.
        var problem: Diagnostic?
    }

    let context: CacheContext

    /// The stored parse of the catalog at `path` when `contents` are its snapshot bytes; nil when
    /// they are not (the key would have to hash the bytes again, and no build passes others).
    func answer(path: String, contents: Data) -> Answer? {
        guard let digest = context.digests[path], context.digests.isSnapshot(contents, at: path) else { return nil }
        var print = Fingerprint()
        print.add(CacheContext.buildIdentity)
        print.add("po-parse")
        print.add(path)
        print.add(digest)
        let key = print.key()
        switch context.store.lookup(key, in: Self.namespace) {
        case .success(let stored?): return Answer(key: key, diagnostics: try? DiagnosticCoding.decode(stored))
        case .success(nil): return Answer(key: key)
        case .failure(let diagnostic): return Answer(key: key, problem: diagnostic)
        }
    }

    func store(_ diagnostics: [Diagnostic], for key: CacheKey) {
        context.store.store(DiagnosticCoding.encode(diagnostics), for: key, in: Self.namespace)
    }
}
