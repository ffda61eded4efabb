import Foundation

/// The checksum in a cache record's header: 64 bits that tell a damaged record (a
/// truncated pack, a flipped byte, a record cut at the wrong offset) from a good one.
///
/// Not SHA-256: a rebuild of 10,000 pages verifies about 170 MB of records, and
/// SHA-256 over them took 5% of its CPU, for a property a fast hash gives as well.
/// Neither is a defence against someone who can write `.waymark-cache/` (they could
/// write a matching SHA-256 as easily), so nothing is lost. Keys stay SHA-256
/// (`Fingerprint`): two inputs with one key would be a wrong page, not a detected one.
///
/// Four independent multiply-rotate lanes over 8-byte words (so the multiplies
/// overlap), then the lanes, the length and the tail folded together and mixed so
/// that every input bit reaches every output bit.
struct EntryChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63

    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
    /// Bytes not yet folded into the lanes (fewer than 32).
    private var pending: [UInt8] = []
    private var length = 0

    init() {
        pending.reserveCapacity(32)
    }

    /// The checksum of `parts` end to end: the same however the bytes are split.
    static func of(_ parts: [UnsafeRawBufferPointer]) -> UInt64 {
        var checksum = EntryChecksum()
        for part in parts { checksum.update(part) }
        return checksum.finalize()
    }

    /// The checksum of `data` (contiguous, as a `Data` and its slices are).
    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { of([$0]) }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length += bytes.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<taken])
            offset = taken
            guard pending.count == 32 else { return }
            let stripe = pending
            stripe.withUnsafeBytes { lanes = Self.fold(lanes, $0, from: 0, to: 32) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = offset + (bytes.count - offset) / 32 * 32
        if whole > offset {
            lanes = Self.fold(lanes, bytes, from: offset, to: whole)
            offset = whole
        }
        pending.append(contentsOf: bytes[offset...])
    }

    func finalize() -> UInt64 {
        var hash: UInt64
        if length >= 32 {
            hash = rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
            for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
                hash = (hash ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime4
            }
        } else {
            hash = Self.prime3
        }
        hash = hash &+ UInt64(length)
        pending.withUnsafeBytes { tail in
            var offset = 0
            while tail.count - offset >= 8 {
                hash ^= Self.round(0, UInt64(littleEndian: tail.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                hash = rotate(hash, 27) &* Self.prime1 &+ Self.prime4
                offset += 8
            }
            while offset < tail.count {
                hash ^= UInt64(tail[offset]) &* Self.prime3
                hash = rotate(hash, 11) &* Self.prime1
                offset += 1
            }
        }
        hash ^= hash >> 33
        hash = hash &* Self.prime2
        hash ^= hash >> 29
        hash = hash &* Self.prime3
        hash ^= hash >> 32
        return hash
    }

    /// The 8 bytes (little-endian) a binary file (a generation state, the last-build record) ends with.
    static func bytes(_ checksum: UInt64) -> [UInt8] {
        withUnsafeBytes(of: checksum.littleEndian) { Array($0) }
    }

    /// Where the fields of such a file lie (byte offsets, after `magic` and before the checksum),
    /// when `data` starts with `magic` and ends with the checksum of everything before it; nil otherwise.
    static func fields(of data: Data, magic: Data) -> Range<Int>? {
        let size = 8
        guard data.count > magic.count + size, data.prefix(magic.count) == magic else { return nil }
        guard bytes(of(data.prefix(data.count - size))) == [UInt8](data.suffix(size)) else { return nil }
        return magic.count..<data.count - size
    }

    /// 16 lowercase hex digits, as the record header carries it.
    static func hex(_ checksum: UInt64) -> String {
        let digits = String(checksum, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `lanes` with the 32-byte stripes of `bytes[start..<end]` folded in, in locals (one pass, no stored state touched).
    private static func fold(_ lanes: (UInt64, UInt64, UInt64, UInt64), _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int)
        -> (UInt64, UInt64, UInt64, UInt64) {
        var (a, b, c, d) = lanes
        var offset = start
        while offset < end {
            a = round(a, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            b = round(b, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            c = round(c, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            d = round(d, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        return (a, b, c, d)
    }

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotate(lane &+ word &* prime2, 31) &* prime1
    }
}

private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
}
