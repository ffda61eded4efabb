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
/// the same bytes ("ab","c" and "a","bc" differ). Fields are gathered in one
/// buffer and hashed once: a page tree has thousands of small fields, and one
/// hash update per field cost more than rendering the page.
struct Fingerprint {
    private var buffer: [UInt8] = []

    init(capacity: Int = 256) {
        buffer.reserveCapacity(capacity)
    }

    /// Starts a fingerprint that already holds `key` (a shared context such as the site outline).
    init(_ key: CacheKey) {
        self.init()
        add(key)
    }

    mutating func add(_ string: String) {
        tag(0x73, string.utf8.count)
        buffer.append(contentsOf: string.utf8)
    }

    mutating func add(_ string: String?) {
        if let string { add(string) } else { tag(0x6E, 0) }
    }

    mutating func add(_ data: Data) {
        tag(0x64, data.count)
        buffer.append(contentsOf: data)
    }

    mutating func add(bytes: UnsafeRawBufferPointer) {
        tag(0x64, bytes.count)
        buffer.append(contentsOf: bytes)
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
        CacheKey(hex: Self.hex(SHA256.hash(data: buffer)))
    }

    /// Lowercase hex of `bytes` (`String(format:)` is slow on Linux).
    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func tag(_ tag: UInt8, _ value: Int) {
        buffer.append(tag)
        withUnsafeBytes(of: Int64(value).littleEndian) { buffer.append(contentsOf: $0) }
    }
}
