/// Syllable counts of short words keyed by `PackedWord.key`: one 64-bit slot per word
/// (the key in the high 60 bits, the count in the low 4), open addressing with linear
/// probing. A lookup is a multiply, a shift and usually one load, which is what lets
/// frequent words skip the general measurer entirely.
///
/// Built once from the English dictionary and then only read, so it is shared between
/// threads without copying.
struct PackedSyllableTable: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64

    /// Number of words in the table.
    let count: Int

    /// A table of `(key, syllables)` pairs; pairs with a zero key or a count outside 1-15
    /// are left out (a lookup of them misses and the caller measures the word in full).
    init(_ entries: [(key: UInt64, syllables: Int)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        var count = 0
        let mask = (1 << Int(bits)) - 1
        for entry in entries where entry.key != 0 && (1...15).contains(entry.syllables) {
            var slot = Self.slot(entry.key, shift: 64 - bits)
            while slots[slot] != 0, slots[slot] >> 4 != entry.key { slot = (slot + 1) & mask }
            guard slots[slot] == 0 else { continue }  // the first entry of a word wins, as in the dictionary
            slots[slot] = entry.key << 4 | UInt64(entry.syllables)
            count += 1
        }
        self.slots = slots
        self.shift = 64 - bits
        self.count = count
    }

    /// The syllables of the word with this key, or nil if it is not in the table.
    @inline(__always)
    func syllables(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Self.slot(key, shift: shift)
            while true {
                let entry = table[slot]
                if entry == 0 { return nil }
                if entry >> 4 == key { return Int(entry & 0xF) }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
