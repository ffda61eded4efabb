/// The abbreviations of one language, looked up straight from the text's bytes.
///
/// A period is checked against this list at nearly every sentence end, so entries are
/// kept as their UTF-8 bytes packed into two integers and found by binary search: the
/// text is lowercased scalar by scalar (`AlphabetTable`) into the same form, and no string
/// is built or hashed. Text the table cannot lowercase takes the general path.
struct AbbreviationList: Sendable {
    /// Up to 16 UTF-8 bytes, first byte lowest, and their count.
    struct Key: Comparable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        static func < (left: Key, right: Key) -> Bool {
            (left.length, left.high, left.low) < (right.length, right.high, right.low)
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
        var key = Key()
        let lowered = AlphabetTable.lowercasedUTF8(text, range) { Self.append($0, to: &key) }
        // Text the table cannot lowercase, or longer than a key holds, is looked up as a string.
        guard lowered, key.length <= 16 else { return words.contains(text.string(range).lowercased()) }
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// The key of bytes already lowercased, or nil past 16 bytes.
    private static func key(_ bytes: [UInt8]) -> Key? {
        var key = Key()
        for byte in bytes { append(byte, to: &key) }
        return key.length <= 16 ? key : nil
    }

    /// Adds the next byte; bytes past the 16th are only counted.
    @inline(__always)
    private static func append(_ byte: UInt8, to key: inout Key) {
        if key.length < 8 {
            key.low |= UInt64(byte) << UInt64(key.length * 8)
        } else if key.length < 16 {
            key.high |= UInt64(byte) << UInt64((key.length - 8) * 8)
        }
        key.length += 1
    }
}
