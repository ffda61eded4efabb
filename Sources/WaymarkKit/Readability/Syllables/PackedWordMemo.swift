/// A small memo of measured words keyed by `PackedWord.key`, one 64-bit slot per word (key
/// and count packed as in `PackedSyllableTable`), so it stays in the L1 cache. It sits in
/// front of the shared English table and remembers the words that table lacks: every word
/// in languages without one ("que", "ja") and English words found only by rules.
///
/// Two-way set associative: a word may sit in either slot of its pair (same cache line),
/// newest first, so two frequent words that hash alike do not evict each other forever.
struct PackedWordMemo {
    private static let bits: UInt64 = 12
    private var slots = [UInt64](repeating: 0, count: 1 << bits)

    /// The remembered syllables of the word with this key, if any.
    @inline(__always)
    func syllables(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let pair = Self.pair(key)
            let first = slots[pair]
            if first != 0 && first >> 4 == key { return Int(first & 0xF) }
            let second = slots[pair + 1]
            return second != 0 && second >> 4 == key ? Int(second & 0xF) : nil
        }
    }

    /// Remembers a count (counts above 15 are not kept); the older word of the pair is
    /// moved to the second slot and the second is forgotten.
    @inline(__always)
    mutating func store(_ key: UInt64, syllables: Int) {
        guard syllables <= 15 else { return }
        let pair = Self.pair(key)
        slots[pair + 1] = slots[pair]
        slots[pair] = key << 4 | UInt64(syllables)
    }

    /// Index of the first slot of the key's pair.
    @inline(__always)
    private static func pair(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits)) & ~1
    }
}
