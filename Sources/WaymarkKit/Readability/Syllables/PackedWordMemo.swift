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

    /// The remembered syllables of the word with this key, if any. The second slot is
    /// chosen by arithmetic on the first one's match, not by a branch: which slot holds a
    /// word is arbitrary, so such a branch is mispredicted for a good share of words.
    @inline(__always)
    func syllables(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let pair = Self.pair(key)
            // An empty slot is 0 and no key is 0, so emptiness needs no test of its own.
            let entry = slots[pair | Int(unsafeBitCast(slots[pair] >> 4 != key, to: UInt8.self))]
            return entry >> 4 == key ? Int(entry & 0xF) : nil
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
