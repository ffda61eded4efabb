/// The abbreviations of one language, looked up straight from the text's bytes.
///
/// A period is checked against this list at nearly every sentence end, so entries are
/// kept as their UTF-8 bytes packed into two integers and found by binary search: the
/// text is lowercased scalar by scalar (`AlphabetTable`) into the same form, and no string
/// is built or hashed. Text the table cannot lowercase takes the general path.
struct AbbreviationList: Sendable {
    /// Up to 16 UTF-8 bytes, first byte lowest.
    struct Key: Comparable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        static func < (left: Key, right: Key) -> Bool {
            (left.high, left.low) < (right.high, right.low)
        }
    }

    private let keys: [Key]
    private let words: Set<String>

    /// A list of lowercased abbreviations written without their final period.
    init(_ words: Set<String>) {
        self.words = words
        keys = words.compactMap { Self.key(Array($0.utf8)) }.sorted()
    }

    /// Whether the text at `range` is listed, ignoring case.
    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard let key = Self.lowercasedKey(text, range) else {
            return words.contains(text.string(range).lowercased())
        }
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// The key of the lowercased text, or nil when a scalar has no table lowercase or the
    /// result is longer than 16 bytes (then no key could match, or the table cannot say).
    private static func lowercasedKey(_ text: UTF8Text, _ range: Range<Int>) -> Key? {
        var key = Key()
        var length = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text.bytes[index]
            if byte < 0x80 {
                guard append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: &key, length: &length) else { return nil }
                index += 1
                continue
            }
            let (scalar, next) = text.scalar(at: index)
            guard scalar.value < AlphabetTable.limit, let lower = AlphabetTable.lowercase(scalar.value),
                  let encoded = UTF8.encode(lower)
            else { return nil }
            for unit in encoded {
                guard append(unit, to: &key, length: &length) else { return nil }
            }
            index = next
        }
        return key
    }

    /// The key of bytes already lowercased, or nil past 16 bytes.
    private static func key(_ bytes: [UInt8]) -> Key? {
        var key = Key()
        var length = 0
        for byte in bytes {
            guard append(byte, to: &key, length: &length) else { return nil }
        }
        return key
    }

    @inline(__always)
    private static func append(_ byte: UInt8, to key: inout Key, length: inout Int) -> Bool {
        guard length < 16 else { return false }
        if length < 8 { key.low |= UInt64(byte) << UInt64(length * 8) } else { key.high |= UInt64(byte) << UInt64((length - 8) * 8) }
        length += 1
        return true
    }
}
