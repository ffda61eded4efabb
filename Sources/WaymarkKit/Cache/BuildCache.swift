import Foundation

/// The incremental-build cache under `.waymark-cache/` (SPEC §10): entries
/// addressed by the key of everything their value depends on, each verified
/// on every read (`CacheEntry`) and never trusted, written atomically, and
/// pruned to what the last complete build used. Holds no state of its own,
/// so concurrent renders read and write it without locks: a write is a
/// rename, and two writers of one key write the same bytes.
public struct BuildCache: Sendable {
    /// The folder, relative to the project root (git-ignored; the project lock lives there too).
    public static let folderName = ".waymark-cache"
    /// Says which format and Waymark version wrote the cache; anything else is foreign.
    static let markerName = "waymark-cache.json"
    /// Namespaces: rendered pages per channel, translation QA per catalog.
    static let namespaces = ["pages", "qa"]

    /// The real folder (symbolic links inside the project resolved).
    let root: URL

    /// The cache of the project at `projectRoot`; nil when `.waymark-cache` is a
    /// file or a link out of the project (the build then runs without a cache).
    public init?(projectRoot: URL) {
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
        for namespace in Self.namespaces { try? FileManager.default.removeItem(at: root.appendingPathComponent(namespace)) }
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        write(Data(expected.utf8), to: marker)
        return diagnostics
    }

    static var markerText: String {
        "{\"format\": \"\(CacheEntry.magic)\", \"version\": \"\(WaymarkVersion.current)\"}\n"
    }

    /// The verified payload stored for `key`, nil when there is none, or a
    /// `cache-corrupt` warning when the entry is damaged (it is then rebuilt).
    func lookup(_ key: CacheKey, in namespace: String) -> Result<Data?, Diagnostic> {
        let url = entryURL(key, in: namespace)
        guard let data = try? Data(contentsOf: url) else { return .success(nil) }
        do {
            let payload = try CacheEntry.decode(data, key: key)
            // Marks the entry as used by this build, for pruning.
            _ = utimes(url.path, nil)
            return .success(payload)
        } catch {
            return .failure(CacheCorruptRule.diagnostic(
                "cache entry \(key.hex.prefix(12)) is not used: \(error.description); it is rebuilt",
                at: SourceLocation(path: "\(Self.folderName)/\(namespace)/\(key.hex.prefix(2))/\(key.hex)", line: 1, column: 1)))
        }
    }

    /// Stores `payload` under `key`, atomically (a temporary file renamed into place).
    func store(_ payload: Data, for key: CacheKey, in namespace: String) {
        let url = entryURL(key, in: namespace)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        write(CacheEntry.encode(payload, key: key), to: url)
    }

    /// Removes the entries of `namespace` that no build read or wrote since `date`
    /// (a complete build calls it with its start time, so the cache stays the size of one build).
    public func prune(_ namespace: String, unusedSince date: Date) {
        let folder = root.appendingPathComponent(namespace)
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey]) else { return }
        for case let url as URL in walk {
            guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                  values.isRegularFile == true, let modified = values.contentModificationDate, modified < date else { continue }
            try? FileManager.default.removeItem(at: url)
        }
    }

    func entryURL(_ key: CacheKey, in namespace: String) -> URL {
        root.appendingPathComponent(namespace).appendingPathComponent(String(key.hex.prefix(2))).appendingPathComponent(key.hex)
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
