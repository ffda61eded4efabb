import Foundation

/// The translation-QA cache: one entry per catalog and locale, keyed by the
/// catalog's bytes and everything else `CatalogQA` reads (the glossary file,
/// the page ids links may point at, the source path), holding its diagnostics;
/// and one entry per locale for the consistency checks across its catalogs.
struct CachedQA: Sendable {
    static let namespace = "qa"

    /// What the cache holds for one catalog: its diagnostics, or nothing (with a warning when the entry was damaged).
    struct Answer: Sendable {
        var key: CacheKey
        var diagnostics: [Diagnostic]?
        var problem: Diagnostic?

        /// The diagnostics stored for `key` in `namespace`.
        static func lookup(_ key: CacheKey, in namespace: String, store: BuildCache) -> Answer {
            let found = store.lookup(key, in: namespace) { try DiagnosticCoding.decode($0) }
            return Answer(key: key, diagnostics: found.value, problem: found.problem)
        }
    }

    let context: CacheContext
    /// Glossary bytes and page ids, shared by every catalog of the build.
    let shared: CacheKey

    init(context: CacheContext, glossary: Data?, pageIDs: Set<String>) {
        self.context = context
        var print = Fingerprint(context.project)
        print.add(glossary ?? Data())
        print.add(sorted: pageIDs)
        shared = print.key()
    }

    /// The cached QA of the catalog at `path` (bytes `contents`) translating `sourcePath` into `locale`.
    func answer(path: String, locale: String, sourcePath: String, contents: Data) -> Answer {
        var print = Fingerprint(shared)
        for field in [path, locale, sourcePath] { print.add(field) }
        // The build hashed every file once; `contents` is that file's bytes unless a caller passes others.
        if let digest = context.digests[path], context.digests.isSnapshot(contents, at: path) {
            print.add(digest)
        } else {
            print.add(contents)
        }
        return answer(print.key())
    }

    /// The cached consistency checks (`ConsistencyCheck`) of `locale` over the catalogs at `paths`
    /// (in check order, each parsed from the snapshot's bytes in `files`): they read every catalog of
    /// the locale and nothing else, so one entry per locale, keyed by each catalog's path and digest.
    func consistency(locale: String, paths: [String], files: ProjectFiles) -> Answer {
        var print = Fingerprint(context.project)
        print.add("consistency")
        print.add(locale)
        print.add(paths.count)
        for path in paths {
            print.add(path)
            let contents = files.files[path] ?? Data()
            if let digest = context.digests[path], context.digests.isSnapshot(contents, at: path) {
                print.add(digest)
            } else {
                print.add(contents)
            }
        }
        return answer(print.key())
    }

    /// What the store holds for `key`.
    private func answer(_ key: CacheKey) -> Answer {
        Answer.lookup(key, in: Self.namespace, store: context.store)
    }

    /// Stores the QA diagnostics computed for `key`.
    func store(_ diagnostics: [Diagnostic], for key: CacheKey) {
        context.store.store(DiagnosticCoding.encode(diagnostics), for: key, in: Self.namespace)
    }
}
