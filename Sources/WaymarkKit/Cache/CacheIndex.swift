import Foundation

/// The `index` file of a cache namespace: for every key, which pack holds its
/// entry and where. It is itself stored as a `CacheEntry` (magic, Waymark
/// version, a key naming the namespace, SHA-256, length), so a damaged, foreign
/// or misplaced index is refused like any entry. Written to a temporary file
/// and renamed over the old one, and only after every pack it names is
/// complete: a killed build leaves the previous index, never one that points
/// at bytes not yet written.
struct CacheIndex: Equatable {
    static let fileName = "index"

    /// Where one entry lies.
    struct Location: Equatable {
        var pack: String
        var offset: Int
        var length: Int
    }

    var entries: [CacheKey: Location] = [:]

    /// The key the index of `namespace` is stored under (an index copied into another namespace is refused).
    static func key(_ namespace: String) -> CacheKey {
        var print = Fingerprint()
        print.add("index")
        print.add(namespace)
        return print.key()
    }

    /// Pack names this index refers to.
    var packs: Set<String> { Set(entries.values.map(\.pack)) }

    /// The index file's bytes for `namespace`, entries in key order (the same index is the same bytes).
    func encoded(namespace: String) -> Data {
        let packs = self.packs.sorted()
        let number = Dictionary(uniqueKeysWithValues: packs.enumerated().map { ($1, $0) })
        var writer = CacheWriter()
        writer.int(packs.count)
        for pack in packs { writer.string(pack) }
        writer.int(entries.count)
        // The keys sorted, not the (key, location) pairs, which are several times larger to move.
        for key in entries.keys.sorted(by: <) {
            guard let location = entries[key] else { continue }
            writer.string(key.hex)
            writer.int(number[location.pack] ?? 0)
            writer.int(location.offset)
            writer.int(location.length)
        }
        return CacheEntry.encode(writer.data, key: Self.key(namespace))
    }

    /// Reads an index file of `namespace`; throws the reason it is refused.
    static func decode(_ data: Data, namespace: String) throws(CacheEntry.Problem) -> CacheIndex {
        let body = try CacheEntry.decode(data, key: key(namespace))
        do {
            var reader = CacheReader(body)
            let packs = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> String in
                let name = try reader.string()
                // Only plain pack names: an index never sends a read out of its folder.
                guard name.hasSuffix(CachePack.suffix), !name.contains("/"), !name.hasPrefix(".") else { throw CacheReader.Malformed() }
                return name
            }
            var index = CacheIndex()
            let count = try reader.int()
            guard count >= 0 else { throw CacheReader.Malformed() }
            for _ in 0..<count {
                let hex = try reader.string()
                let pack = try reader.int(), offset = try reader.int(), length = try reader.int()
                guard let key = CacheKey(hex: hex), packs.indices.contains(pack), offset >= 0, length > 0 else { throw CacheReader.Malformed() }
                index.entries[key] = Location(pack: packs[pack], offset: offset, length: length)
            }
            guard reader.isAtEnd else { throw CacheReader.Malformed() }
            return index
        } catch {
            throw .contents
        }
    }
}
