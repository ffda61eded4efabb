import Crypto
import Foundation

/// The address of one cache entry: the SHA-256 of everything its value depends on.
/// Held as its 32 bytes, not as hex text: a rebuild looks up and compares some 100,000
/// keys, and a 64-character string is a heap object to retain, hash and compare.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// The digest's bytes, eight at a time, in order (big-endian words).
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The key whose digest is `bytes` (the first 32 of them).
    init<S: Sequence>(digest bytes: S) where S.Element == UInt8 {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (index, byte) in bytes.prefix(32).enumerated() {
            let value = UInt64(byte) << (UInt64(7 - index % 8) * 8)
            switch index / 8 {
            case 0: words.0 |= value
            case 1: words.1 |= value
            case 2: words.2 |= value
            default: words.3 |= value
            }
        }
        self.words = words
    }

    /// The key `hex` spells: exactly 64 hex digits (either case), else nil.
    init?(hex: String) {
        guard hex.utf8.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var high: UInt8?
        for unit in hex.utf8 {
            guard let value = HexDigit.value(unit) else { return nil }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        self.init(digest: bytes)
    }

    /// Appends the digest's 32 bytes to `buffer`.
    func append(to buffer: inout [UInt8]) {
        for word in [words.0, words.1, words.2, words.3] {
            withUnsafeBytes(of: word.bigEndian) { buffer.append(contentsOf: $0) }
        }
    }

    /// The digest's 32 bytes.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        append(to: &bytes)
        return bytes
    }

    /// 64 lowercase hex digits.
    public var hex: String { Fingerprint.hex(bytes) }

    public var description: String { hex }

    public static func == (lhs: CacheKey, rhs: CacheKey) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        // A digest's bytes are uniform already: one word identifies it well enough for a table.
        hasher.combine(words.0)
    }

    /// Keys in the order of their hex text.
    static func < (lhs: CacheKey, rhs: CacheKey) -> Bool {
        (lhs.words.0, lhs.words.1, lhs.words.2, lhs.words.3) < (rhs.words.0, rhs.words.1, rhs.words.2, rhs.words.3)
    }
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
        tag(0x6B, 32)
        key.append(to: &buffer)
    }

    /// Strings in sorted order, so a set or a dictionary's keys hash the same in every process.
    mutating func add<S: Sequence>(sorted strings: S) where S.Element == String {
        let sorted = strings.sorted()
        add(sorted.count)
        for string in sorted { add(string) }
    }

    /// The fields added so far, encoded: `add(encoded:)` on another fingerprint adds the same
    /// fields (each is tagged and sized, so a sequence of them is one too).
    var bytes: [UInt8] { buffer }

    /// Adds the fields `encoded` holds (another fingerprint's `bytes`).
    mutating func add(encoded: [UInt8]) {
        buffer.append(contentsOf: encoded)
    }

    func key() -> CacheKey {
        CacheKey(digest: SHA256.hash(data: buffer))
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
