#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension CacheNamespace {
    /// Temporary index files end so; only a holder of the exclusive index lock writes one.
    static let temporarySuffix = ".index-tmp"

    /// Writes the namespace's next index and deletes the packs no index names;
    /// the caller holds the exclusive index lock (`BuildCache.finish` takes it once
    /// for every namespace). `pruning` (a build of every locale): the
    /// index lists exactly the entries this build used, so the cache stays the
    /// size of one build; otherwise the current index plus this build's entries.
    /// Entries whose pack is gone (another process replaced the index meanwhile)
    /// or whose pack is mostly dead weight are copied into this build's pack first.
    func commit(pruning: Bool) {
        let used = self.used.withLock { $0 }
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        var next = CacheIndex()
        if !pruning, let data = FileManager.default.contents(atPath: folder + "/" + CacheIndex.fileName),
           let current = try? CacheIndex.decode(data, namespace: name) {
            next = current.filter { present.contains($0) }
        }
        let copied = packsToCopy(used, present: present, pruning: pruning)
        for (key, entry) in used {
            if copied.contains(entry.pack.name) {
                let record = entry.pack.read(offset: entry.offset, length: entry.length)
                guard record.count == entry.length, let appender = writer(), let offset = appender.append(record) else {
                    next.entries[key] = nil
                    continue
                }
                next.entries[key] = CacheIndex.Location(pack: appender.pack.name, offset: offset, length: entry.length)
            } else {
                next.entries[key] = CacheIndex.Location(pack: entry.pack.name, offset: entry.offset, length: entry.length)
            }
        }
        guard write(next) else { return }
        removeUnlisted(present, keeping: next.packs)
    }

    /// Packs whose used entries move into this build's pack: missing ones, and
    /// (when pruning) those of which less than three quarters is still used,
    /// so the cache stays within 4/3 of one build however many builds edit it.
    private func packsToCopy(_ used: [CacheKey: Entry], present: Set<String>, pruning: Bool) -> Set<String> {
        var live: [String: (pack: CachePack, bytes: Int)] = [:]
        let own = ownPack
        for entry in used.values where entry.pack !== own {
            live[entry.pack.name, default: (entry.pack, 0)].bytes += entry.length
        }
        return Set(live.filter { name, value in
            !present.contains(name) || (pruning && value.bytes * 4 < value.pack.size * 3)
        }.keys)
    }

    /// Replaces the index file (a temporary file renamed over it); false when that failed.
    private func write(_ index: CacheIndex) -> Bool {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/\(getpid())-\(UUID().uuidString.prefix(8).lowercased())\(Self.temporarySuffix)"
        do {
            try index.encoded(namespace: name).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, folder + "/" + CacheIndex.fileName) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return true
        } catch {
            unlink(temporary)
            return false
        }
    }

    /// Deletes packs the index does not name, except those a running process is
    /// still writing, and temporary indexes (stale: we hold the exclusive lock).
    private func removeUnlisted(_ names: Set<String>, keeping listed: Set<String>) {
        let active = CachePackAppender.active.withLock { $0 }
        for name in names where !listed.contains(name) {
            if name.hasSuffix(Self.temporarySuffix) {
                unlink(folder + "/" + name)
                continue
            }
            guard name.hasSuffix(CachePack.suffix), !active.contains(name) else { continue }
            if let pid = CachePack.writer(of: name), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder + "/" + name)
        }
    }
}

extension CacheIndex {
    /// The entries whose pack satisfies `keep`.
    func filter(_ keep: (String) -> Bool) -> CacheIndex {
        CacheIndex(entries: entries.filter { keep($0.value.pack) })
    }
}
