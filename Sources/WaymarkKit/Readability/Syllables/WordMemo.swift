/// A small direct-mapped memo of recently measured short words, so frequent words ("the",
/// "que", "ja") skip the dictionary probe or the syllabifier. Keys are the word's UTF-8
/// bytes (ASCII letters lowercased) packed into two integers plus its length, so a hit is
/// exact, never a guess: equal keys are equal words up to ASCII case.
struct WordMemo {
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: UInt8 = 0
        var syllables: UInt8 = 0
        var letters: UInt8 = 0
    }

    /// Longest word (in bytes) the memo keeps.
    static let maximumLength = 16
    private static let slotBits: UInt64 = 10
    private var entries = [Entry](repeating: Entry(), count: 1 << 10)

    /// The packed key of a word of at most 16 bytes, or nil if it is longer.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (low: UInt64, high: UInt64)? {
        guard range.count <= maximumLength else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            let lower = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if shift < 64 { low |= lower << shift } else { high |= lower << (shift - 64) }
            shift += 8
        }
        return (low, high)
    }

    /// The remembered measurement of a word with this key and length, if any.
    @inline(__always)
    func lookup(_ key: (low: UInt64, high: UInt64), length: Int) -> (syllables: Int, letters: Int)? {
        let entry = entries[Self.slot(key)]
        guard entry.length == UInt8(length), entry.low == key.low, entry.high == key.high else { return nil }
        return (Int(entry.syllables), Int(entry.letters))
    }

    /// Remembers a measurement (replacing whatever shared the slot).
    @inline(__always)
    mutating func store(_ key: (low: UInt64, high: UInt64), length: Int, _ measured: (syllables: Int, letters: Int)) {
        entries[Self.slot(key)] = Entry(
            low: key.low, high: key.high, length: UInt8(length),
            syllables: UInt8(min(measured.syllables, 255)), letters: UInt8(min(measured.letters, 255)))
    }

    @inline(__always)
    private static func slot(_ key: (low: UInt64, high: UInt64)) -> Int {
        Int(((key.low ^ key.high &* 0x94D0_49BB_1331_11EB) &* 0x9E37_79B9_7F4A_7C15) >> (64 - slotBits))
    }
}
