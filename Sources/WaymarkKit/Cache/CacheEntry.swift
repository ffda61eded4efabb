import Crypto
import Foundation

/// One cache record (an entry in a pack, or a namespace's index): a header that
/// says what it is and a checksum of its payload, so a truncated, flipped or
/// foreign record is told from a good one.
///
/// ```
/// WAYMARK-CACHE 3          format (2: entries in packs with an index; 3: a 64-bit checksum)
/// 0.1.0                    Waymark version that wrote it
/// <key>                    the key it was stored under
/// <checksum of payload>    `EntryChecksum`, 16 hex digits
/// <payload bytes>
/// <payload>
/// ```
enum CacheEntry {
    static let magic = "WAYMARK-CACHE 3"

    /// Why an entry was refused.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case header, foreignVersion(String), wrongKey, length, checksum, contents

        var description: String {
            switch self {
            case .header: "it has no valid header"
            case .foreignVersion(let version): "it was written by Waymark \(version)"
            case .wrongKey: "it is stored under another key"
            case .length: "it is truncated or too long"
            case .checksum: "its checksum does not match its contents"
            case .contents: "its contents do not parse"
            }
        }
    }

    static func encode(_ payload: Data, key: CacheKey) -> Data {
        payload.withUnsafeBytes { encode([$0], key: key) }
    }

    /// The record of the payload made of `parts` end to end: hashed in place and
    /// copied once, into the record (a rendered page is not first joined into one payload).
    static func encode(_ parts: [UnsafeRawBufferPointer], key: CacheKey) -> Data {
        let length = parts.reduce(0) { $0 + $1.count }
        let header = "\(magic)\n\(WaymarkVersion.current)\n\(key.hex)\n\(EntryChecksum.hex(EntryChecksum.of(parts)))\n\(length)\n"
        var record = Data(capacity: header.utf8.count + length)
        record.append(contentsOf: header.utf8)
        for part in parts { record.append(part.bindMemory(to: UInt8.self)) }
        return record
    }

    /// The payload of `data` read for `key`, verified.
    static func decode(_ data: Data, key: CacheKey) throws(Problem) -> Data {
        Data(try verifiedPayload(data, key: key))
    }

    /// The payload of `data` read for `key`, verified, as a slice of `data` (no copy; indices are `data`'s).
    static func verifiedPayload(_ data: Data, key: CacheKey) throws(Problem) -> Data.SubSequence {
        // Read through one raw buffer: `Data`'s own subscript checks exclusive access to its
        // storage on every byte, which cost more than the checksum on every lookup of a rebuild.
        let checked: Result<Int, Problem> = data.withUnsafeBytes { raw in
            var lines: [Substring] = []
            var start = 0
            while lines.count < 5 {
                guard let newline = raw[start...].firstIndex(of: 0x0A), newline - start < 200 else { return .failure(.header) }
                lines.append(Substring(decoding: UnsafeRawBufferPointer(rebasing: raw[start..<newline]), as: UTF8.self))
                start = newline + 1
            }
            guard lines[0] == magic else { return .failure(.header) }
            guard lines[1] == WaymarkVersion.current else { return .failure(.foreignVersion(String(lines[1].prefix(40)))) }
            guard lines[2] == key.hex else { return .failure(.wrongKey) }
            let payload = UnsafeRawBufferPointer(rebasing: raw[start...])
            guard Int(lines[4]) == payload.count else { return .failure(.length) }
            guard lines[3] == EntryChecksum.hex(EntryChecksum.of([payload])) else { return .failure(.checksum) }
            return .success(start)
        }
        switch checked {
        case .success(let start): return data[(data.startIndex + start)...]
        case .failure(let problem): throw problem
        }
    }

    /// The SHA-256 of `data` in hex: a content digest where one stands for bytes (racily clean inputs, assets in keys).
    static func checksum(_ data: Data) -> String {
        Fingerprint.hex(SHA256.hash(data: data))
    }
}
