import Crypto
import Foundation

/// One cache record (an entry in a pack, or a namespace's index): a header that
/// says what it is and a checksum of its payload, so a truncated, flipped or
/// foreign record is told from a good one.
///
/// ```
/// WAYMARK-CACHE 2          format (2: entries in packs with an index)
/// 0.1.0                    Waymark version that wrote it
/// <key>                    the key it was stored under
/// <sha256 of payload>
/// <payload bytes>
/// <payload>
/// ```
enum CacheEntry {
    static let magic = "WAYMARK-CACHE 2"

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
        var hasher = SHA256()
        var length = 0
        for part in parts {
            hasher.update(bufferPointer: part)
            length += part.count
        }
        let header = "\(magic)\n\(WaymarkVersion.current)\n\(key.hex)\n\(Fingerprint.hex(hasher.finalize()))\n\(length)\n"
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
        var lines: [Substring] = []
        var start = data.startIndex
        while lines.count < 5 {
            guard let newline = data[start...].firstIndex(of: 0x0A), newline - start < 200 else { throw .header }
            lines.append(Substring(decoding: data[start..<newline], as: UTF8.self))
            start = newline + 1
        }
        guard lines[0] == magic else { throw .header }
        guard lines[1] == WaymarkVersion.current else { throw .foreignVersion(String(lines[1].prefix(40))) }
        guard lines[2] == key.hex else { throw .wrongKey }
        let payload = data[start...]
        guard Int(lines[4]) == payload.count else { throw .length }
        guard lines[3] == checksum(payload) else { throw .checksum }
        return payload
    }

    static func checksum(_ data: Data) -> String {
        Fingerprint.hex(SHA256.hash(data: data))
    }
}
