import Foundation

/// The incremental-build cache under `.waymark-cache/` (SPEC §10): entries
/// addressed by the key of everything their value depends on, each verified
/// on every read (`CacheEntry`) and never trusted. Each namespace is a few
/// append-only packs and an index (`CacheNamespace`): a build appends what it
/// computes to one pack of its own, and when it ends (`finish`) writes the
/// index of what it used and deletes the packs no index names, so the cache
/// stays the size of one build without a file or a stat per entry.
///
/// One value serves one build (the CLI makes one per command, `serve` one per
/// rebuild): it holds that build's open namespaces. Render threads read and
/// write it at once; other processes (`check`, `serve` next to a `build`) are
/// kept apart by the index lock (`CacheIndexLock`).
public struct BuildCache: Sendable {
    /// The folder, relative to the project root (git-ignored; the project lock lives there too).
    public static let folderName = ".waymark-cache"
    /// Says which format and Waymark version wrote the cache; anything else is foreign.
    static let markerName = "waymark-cache.json"
    /// Top folders of the namespaces: rendered pages per channel, translation QA per catalog, localized pages,
    /// what parsing each catalog reported, each page's load and page-rule diagnostics.
    static let namespaces = ["pages", "qa", CachedLocalizations.namespace, CachedCatalogParses.namespace,
                             CachedPageLoads.namespace, CachedPageRules.namespace]

    /// The real folder (symbolic links inside the project resolved).
    let root: URL
    /// This build's namespaces, opened at first use.
    private let session = Locked<[String: CacheNamespace]>([:])
    /// Payloads kept in memory across a `serve` session's builds; nil: every lookup reads its pack.
    let memory: CacheMemory?

    /// The cache of the project at `projectRoot`; nil when `.waymark-cache` is a
    /// file or a link out of the project (the build then runs without a cache).
    /// `memory` answers what an earlier build of the same process read or wrote.
    public init?(projectRoot: URL, memory: CacheMemory? = nil) {
        self.memory = memory
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        switch try? resolver.resolve(Self.folderName) {
        case .folder(let real): root = URL(fileURLWithPath: real)
        case .missing: root = URL(fileURLWithPath: resolver.root).appendingPathComponent(Self.folderName)
        default: return nil
        }
    }

    /// Checks the marker before a build: a cache written by another Waymark
    /// version or format is reported, emptied and started again.
    public func open() -> [Diagnostic] {
        let marker = root.appendingPathComponent(Self.markerName)
        let expected = Self.markerText
        var diagnostics: [Diagnostic] = []
        if let found = try? Data(contentsOf: marker) {
            guard found != Data(expected.utf8) else { return [] }
            let written = String(decoding: found.prefix(200), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            diagnostics.append(CacheCorruptRule.diagnostic(
                "the build cache was not written by this Waymark (\(WaymarkVersion.current)): \(written); it is ignored and rebuilt",
                at: SourceLocation(path: "\(Self.folderName)/\(Self.markerName)", line: 1, column: 1)))
        }
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        session.withLock { $0 = [:] }
        CacheIndexLock.with(root.path, exclusive: true) {
            for namespace in Self.namespaces { try? FileManager.default.removeItem(at: root.appendingPathComponent(namespace)) }
            write(Data(expected.utf8), to: marker)
        }
        return diagnostics
    }

    static var markerText: String {
        "{\"format\": \"\(CacheEntry.magic)\", \"version\": \"\(WaymarkVersion.current)\"}\n"
    }

    /// The verified payload stored for `key` (a slice: its indices need not start at 0), nil when there is none, or a
    /// `cache-corrupt` warning when the entry (or the namespace's index) is damaged; it is then rebuilt.
    func lookup(_ key: CacheKey, in namespace: String) -> Result<Data?, Diagnostic> {
        // What the memory answers is marked used on disk when the build ends (`finish`), not
        // here: one lock per lookup instead of three, on every page of every rebuild.
        if let payload = memory?.payload(key, in: namespace) { return .success(payload) }
        let found = self.namespace(namespace).lookup(key)
        if let memory, case .success(let payload?) = found { memory.remember(payload, for: key, in: namespace) }
        return found
    }

    /// The value stored for `key` in `namespace`, decoded by `decode`; nil when none is stored, or
    /// when verified bytes do not decode (a format this build does not read: the value is computed
    /// again). The warning is set when the entry is damaged; it is then rebuilt.
    func lookup<Value>(_ key: CacheKey, in namespace: String, decoding decode: (Data) throws -> Value) -> (value: Value?, problem: Diagnostic?) {
        switch lookup(key, in: namespace) {
        case .success(let stored?): return (try? decode(stored), nil)
        case .success(nil): return (nil, nil)
        case .failure(let problem): return (nil, problem)
        }
    }

    /// Counts `key` as used by this build without reading it (the file it holds is already
    /// in place, `CachedPages.emit`), so the next index keeps it; a key no index lists stays unlisted.
    func markUsed(_ key: CacheKey, in namespace: String) {
        self.namespace(namespace).markUsed(key)
    }

    /// Stores `payload` under `key`, in this build's pack of `namespace`.
    func store(_ payload: Data, for key: CacheKey, in namespace: String) {
        self.namespace(namespace).store(payload, for: key)
        memory?.remember(payload, for: key, in: namespace)
    }

    /// Stores the payload made of `parts` end to end under `key`, copied once into the record.
    func store(_ parts: [UnsafeRawBufferPointer], for key: CacheKey, in namespace: String) {
        let record = CacheEntry.encode(parts, key: key)
        self.namespace(namespace).store(record: record, for: key)
        // The payload is the record's tail: remembered without another copy.
        let length = parts.reduce(0) { $0 + $1.count }
        memory?.remember(record[(record.endIndex - length)...], for: key, in: namespace)
    }

    /// Ends the build: writes the index of every namespace it used. Those in
    /// `pruning` (a complete build's channels and QA) keep only what this build
    /// read or wrote; the others keep their entries and gain this build's.
    public func finish(pruning: Set<String>) {
        let used = session.withLock { namespaces in
            defer { namespaces = [:] }
            return namespaces
        }
        // A namespace the memory answered entirely was not opened: its index still lists all it used.
        for (name, namespace) in used {
            memory?.forEachUsed(in: name) { key, payload in namespace.keep(key, payload: payload) }
        }
        // Under one exclusive lock, the namespaces in parallel: each writes only its own folder,
        // and a rebuild of 10,000 pages spent 0.4 s writing eight indexes one after another.
        CacheIndexLock.with(root.path, exclusive: true) {
            _ = used.sorted { $0.key < $1.key }.parallelMap { name, namespace in
                namespace.commit(pruning: pruning.contains(name))
            }
        }
        memory?.finishBuild()
    }

    /// The namespace `name`, loaded at its first use in this build.
    func namespace(_ name: String) -> CacheNamespace {
        session.withLock { namespaces in
            if let open = namespaces[name] { return open }
            let loaded = CacheNamespace.load(name, root: root.path)
            namespaces[name] = loaded
            return loaded
        }
    }

    /// The keys the index of `namespace` lists now (tests, diagnostics).
    func storedKeys(in namespace: String) -> Set<CacheKey> {
        let path = root.appendingPathComponent(namespace).appendingPathComponent(CacheIndex.fileName).path
        guard let data = FileManager.default.contents(atPath: path), let index = try? CacheIndex.decode(data, namespace: namespace) else { return [] }
        return Set(index.entries.keys)
    }

    private func write(_ data: Data, to url: URL) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".tmp-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            // A cache that cannot be written only makes the next build slower.
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
