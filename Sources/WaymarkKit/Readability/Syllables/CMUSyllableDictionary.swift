import Foundation

/// English syllable counts from `Resources/cmudict-syllables.txt` (generated from CMUdict
/// by `Scripts/generate-cmudict-syllables.py`), in a compact open-addressing table keyed by
/// the word's bytes so a lookup allocates nothing.
///
/// Each slot packs one entry in 64 bits: key offset (32), key length (8), syllables (8) and
/// the top 16 bits of the hash as a tag, so most mismatches are rejected without touching
/// the key bytes. A slot of 0 is empty (no key has length 0).
struct CMUSyllableDictionary: Sendable {
    private let keys: [UInt8]
    private let slots: [UInt64]
    private let mask: Int

    /// Number of words in the dictionary.
    let count: Int
    /// The words of at most `PackedWord.maximumLength` characters again, keyed by their
    /// packed form: the scanner's fast path for common words.
    let packed: PackedSyllableTable

    /// The bundled dictionary, loaded once on first use (Swift initialises `static let`
    /// lazily and thread-safely); nil if the resource is missing or unreadable.
    static let bundled: CMUSyllableDictionary? = {
        guard let url = Bundle.module.url(forResource: "cmudict-syllables", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "cmudict-syllables", withExtension: "txt"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return CMUSyllableDictionary(resource: [UInt8](data))
    }()

    /// Parses `word<TAB>count` lines; `#` lines are comments; malformed lines are skipped.
    init(resource bytes: [UInt8]) {
        var keys: [UInt8] = []
        keys.reserveCapacity(bytes.count)
        var entries: [UInt64] = []
        var packedEntries: [(key: UInt64, syllables: Int)] = []
        var lineStart = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            let line = bytes[lineStart..<index]
            lineStart = index + 1
            guard line.first != 0x23, let tab = line.firstIndex(of: 0x09),
                  tab > line.startIndex, tab - line.startIndex < 256,
                  let digit = line.last, digit >= 0x30, digit <= 0x39
            else { continue }
            var syllables = 0
            for byte in line[(tab + 1)...] where byte >= 0x30 && byte <= 0x39 {
                syllables = syllables * 10 + Int(byte - 0x30)
            }
            let length = UInt64(tab - line.startIndex)
            entries.append(UInt64(keys.count) | length << 32 | UInt64(min(syllables, 255)) << 40)
            keys.append(contentsOf: line[line.startIndex..<tab])
            if let key = PackedWord.key(of: line[line.startIndex..<tab]) {
                packedEntries.append((key, max(syllables, 1)))  // the measurer counts a word as at least 1
            }
        }
        var capacity = 1
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for entry in entries {
            let offset = Int(entry & 0xFFFF_FFFF)
            let hash = Self.hash(keys[offset..<offset + Int(entry >> 32 & 0xFF)].lazy.map { UInt32($0) })
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = entry | UInt64(hash >> 16) << 48
        }
        self.keys = keys
        self.slots = slots
        self.mask = capacity - 1
        self.count = entries.count
        packed = PackedSyllableTable(packedEntries)
    }

    /// The syllable count of `word` (lowercase scalars), or nil if it is not listed.
    func syllables(of word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard word.count < 256, word.allSatisfy({ $0.isASCII }) else { return nil }
        let bytes = word.map { UInt8($0.value) }
        return bytes.withUnsafeBufferPointer { buffer in
            syllables(hash: Self.hash(bytes.lazy.map { UInt32($0) }), lowercasing: buffer, 0..<buffer.count)
        }
    }

    /// The count of the ASCII word at `range` in `bytes`, compared case-insensitively;
    /// `hash` is `hash(_:_:)` folded over the lowercased bytes from `hashSeed`.
    @inline(__always)
    func syllables(hash: UInt32, lowercasing bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !slots.isEmpty, range.count < 256 else { return nil }
        let expected = UInt64(hash >> 16) << 48 | UInt64(range.count) << 32
        let matchMask: UInt64 = 0xFFFF_00FF_0000_0000
        return slots.withUnsafeBufferPointer { table in
            keys.withUnsafeBufferPointer { keyBytes in
                var slot = Int(hash) & mask
                while table[slot] != 0 {
                    let entry = table[slot]
                    if entry & matchMask == expected, Self.equal(bytes, range, keyBytes, Int(entry & 0xFFFF_FFFF)) {
                        return Int(entry >> 40 & 0xFF)
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// Every word with its count, in table order (for tests).
    var allEntries: [(word: String, syllables: Int)] {
        slots.filter { $0 != 0 }.map { entry in
            let offset = Int(entry & 0xFFFF_FFFF)
            let bytes = keys[offset..<offset + Int(entry >> 32 & 0xFF)]
            return (String(decoding: bytes, as: UTF8.self), Int(entry >> 40 & 0xFF))
        }
    }

    @inline(__always)
    private static func equal(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ keys: UnsafeBufferPointer<UInt8>, _ offset: Int
    ) -> Bool {
        var position = offset
        for index in range {
            let byte = bytes[index]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != keys[position] { return false }
            position += 1
        }
        return true
    }

    /// FNV-1a offset basis.
    static let hashSeed: UInt32 = 2_166_136_261

    /// One FNV-1a step (the resource is ASCII, so bytes and scalar values hash alike).
    @inline(__always)
    static func hash(_ hash: UInt32, _ value: UInt32) -> UInt32 {
        (hash ^ value) &* 16_777_619
    }

    private static func hash<S: Sequence>(_ values: S) -> UInt32 where S.Element == UInt32 {
        values.reduce(hashSeed, hash)
    }
}
