import Foundation

/// One namespace of the cache (`pages/<channel>`, `qa`) as one build sees it:
/// the index read at its first use, with every pack it names held open, the
/// entries this build read or wrote, and the one pack this build appends to.
/// Render threads call `lookup` and `store` at once; `BuildCache.finish`
/// writes the next index from what was used (`CacheNamespace+Commit`).
final class CacheNamespace: Sendable {
    /// An entry as this build reaches it: an open pack and a range.
    struct Entry: Sendable {
        var pack: CachePack
        var offset: Int
        var length: Int
    }

    /// The namespace, e.g. `pages/web`.
    let name: String
    /// Its folder (absolute).
    let folder: String
    /// The cache folder (absolute), for the index lock.
    let root: String
    /// The index as it was at first use.
    let index: [CacheKey: Entry]
    /// Damaged or stale index: reported once each by the next lookups.
    private let problems: Locked<[Diagnostic]>
    /// Entries this build read (verified) or wrote, by key.
    let used: Locked<[CacheKey: Entry]>
    private let appender = Locked<(tried: Bool, appender: CachePackAppender?)>((false, nil))

    private init(name: String, root: String, index: [CacheKey: Entry], problems: [Diagnostic]) {
        self.name = name
        self.root = root
        folder = root + "/" + name
        self.index = index
        self.problems = Locked(problems)
        // Sized for a build that uses every entry again (the usual case), so the
        // dictionary is not rehashed while the render threads wait on its lock.
        used = Locked([CacheKey: Entry](minimumCapacity: index.count))
    }

    /// Reads the namespace's index and opens its packs, under the shared index lock.
    static func load(_ name: String, root: String) -> CacheNamespace {
        let folder = root + "/" + name
        return CacheIndexLock.with(root, exclusive: false) {
            guard let data = FileManager.default.contents(atPath: folder + "/" + CacheIndex.fileName) else {
                return CacheNamespace(name: name, root: root, index: [:], problems: [])
            }
            let stored: CacheIndex
            do throws(CacheEntry.Problem) { stored = try CacheIndex.decode(data, namespace: name) } catch {
                return CacheNamespace(name: name, root: root, index: [:], problems: [
                    problem("the index of cache \(name) is not used: \(error.description); its entries are rebuilt", at: "\(name)/\(CacheIndex.fileName)")])
            }
            var packs: [String: CachePack] = [:]
            var problems: [Diagnostic] = []
            for pack in stored.packs.sorted() {
                if let open = CachePack.open(pack, in: folder) { packs[pack] = open; continue }
                let count = stored.entries.values.filter { $0.pack == pack }.count
                problems.append(problem("cache pack \(pack) that the index of \(name) lists is missing; its \(count) entries are rebuilt", at: "\(name)/\(pack)"))
            }
            var index: [CacheKey: Entry] = [:]
            index.reserveCapacity(stored.entries.count)
            for (key, location) in stored.entries {
                guard let pack = packs[location.pack] else { continue }
                index[key] = Entry(pack: pack, offset: location.offset, length: location.length)
            }
            return CacheNamespace(name: name, root: root, index: index, problems: problems)
        }
    }

    /// The verified payload stored for `key` (a slice of the record read: its
    /// indices need not start at 0), nil when there is none, or a
    /// `cache-corrupt` warning (the caller then computes the value and stores it).
    func lookup(_ key: CacheKey) -> Result<Data?, Diagnostic> {
        // A damaged index is reported by one lookup, whose value is then computed again like a miss.
        if let problem = problems.withLock({ $0.popLast() }) { return .failure(problem) }
        guard let entry = index[key] ?? used.withLock({ $0[key] }) else { return .success(nil) }
        do {
            let payload = try CacheEntry.verifiedPayload(entry.pack.read(offset: entry.offset, length: entry.length), key: key)
            used.withLock { $0[key] = entry }
            return .success(payload)
        } catch {
            return .failure(Self.problem(
                "cache entry \(key.hex.prefix(12)) (byte \(entry.offset) of pack \(entry.pack.name)) is not used: \(error.description); it is rebuilt",
                at: "\(name)/\(entry.pack.name)"))
        }
    }

    /// Counts `key` as used by this build without reading it: its entry stays listed.
    func markUsed(_ key: CacheKey) {
        guard let entry = index[key] else { return }
        used.withLock { $0[key] = entry }
    }

    /// Counts `key` as used by this build (a `CacheMemory` answered it), so the next index
    /// keeps it; when no pack holds it any more (another process pruned it), `payload` is
    /// stored again, so the cache on disk still has what this build used.
    func keep(_ key: CacheKey, payload: Data) {
        let listed = index[key] ?? used.withLock { $0[key] }
        if let listed { used.withLock { $0[key] = listed } } else { store(payload, for: key) }
    }

    /// Appends `payload` under `key` to this build's pack (created at the first store).
    func store(_ payload: Data, for key: CacheKey) {
        store(record: CacheEntry.encode(payload, key: key), for: key)
    }

    /// Appends `record` (`CacheEntry.encode` under `key`) to this build's pack.
    func store(record: Data, for key: CacheKey) {
        guard let appender = writer(), let offset = appender.append(record) else { return }
        used.withLock { $0[key] = Entry(pack: appender.pack, offset: offset, length: record.count) }
    }

    /// This build's pack; nil when it cannot be created (the build then runs without storing).
    func writer() -> CachePackAppender? {
        appender.withLock { state in
            if !state.tried {
                state.tried = true
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                state.appender = CachePack.create(in: folder).map(CachePackAppender.init)
            }
            return state.appender
        }
    }

    /// The pack this build wrote, if any.
    var ownPack: CachePack? { appender.withLock { $0.appender?.pack } }

    static func problem(_ message: String, at path: String) -> Diagnostic {
        CacheCorruptRule.diagnostic(message, at: SourceLocation(path: "\(BuildCache.folderName)/\(path)", line: 1, column: 1))
    }
}
