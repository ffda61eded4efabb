import Crypto
import Foundation

/// The address of one cache entry: the SHA-256 of everything its value depends on.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// 64 lowercase hex digits.
    public let hex: String

    public var description: String { hex }
}

/// Builds a `CacheKey` from typed fields. Every field is written with a type
/// tag and its length, so two different field sequences never feed the hash
/// the same bytes ("ab","c" and "a","bc" differ).
struct Fingerprint {
    private var hasher = SHA256()

    init() {}

    /// Starts a fingerprint that already holds `key` (a shared context such as the site outline).
    init(_ key: CacheKey) {
        add(key)
    }

    mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            tag(0x73, bytes.count)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func add(_ string: String?) {
        if let string { add(string) } else { tag(0x6E, 0) }
    }

    mutating func add(_ data: Data) {
        tag(0x64, data.count)
        hasher.update(data: data)
    }

    mutating func add(_ int: Int) {
        tag(0x69, int)
    }

    mutating func add(_ bool: Bool) {
        tag(0x62, bool ? 1 : 0)
    }

    mutating func add(_ double: Double) {
        tag(0x66, Int(truncatingIfNeeded: double.bitPattern))
    }

    mutating func add(_ key: CacheKey) {
        add(key.hex)
    }

    /// Strings in sorted order, so a set or a dictionary's keys hash the same in every process.
    mutating func add<S: Sequence>(sorted strings: S) where S.Element == String {
        let sorted = strings.sorted()
        add(sorted.count)
        for string in sorted { add(string) }
    }

    func key() -> CacheKey {
        CacheKey(hex: hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    private mutating func tag(_ tag: UInt8, _ value: Int) {
        var bytes: (UInt8, Int64) = (tag, Int64(value).littleEndian)
        withUnsafeBytes(of: &bytes.0) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: &bytes.1) { hasher.update(bufferPointer: $0) }
    }
}
