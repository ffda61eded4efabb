/// A plain ASCII word packed into one integer: up to 12 letters and inner apostrophes or
/// hyphens, 5 bits each (`a`-`z` are 1-26 in either case, `'` is 27, `-` is 28), the first
/// character in the lowest bits.
///
/// The scanner builds the key while it reads the word, eight bytes at a time, so the
/// common word costs no second pass: syllable tables are keyed by it and a hit is exact
/// (no two words up to ASCII case share a key). A key of 0 means "not packable".
struct PackedWord: Sendable, Equatable {
    /// The packed characters, or 0 when the word had more than `maximumLength` of them.
    var key: UInt64
    /// Letters in the word (apostrophes and hyphens excluded).
    var letters: Int

    /// Most characters a key holds (12 x 5 = 60 bits, leaving 4 bits for a count).
    static let maximumLength = 12
    /// The code of `'`.
    static let apostropheCode: UInt64 = 27
    /// The code of `-`.
    static let hyphenCode: UInt64 = 28

    /// The 5-bit code of an ASCII letter (either case), apostrophe or hyphen; nil otherwise.
    @inline(__always)
    static func code(_ byte: UInt8) -> UInt64? {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A { return UInt64(lower - 0x60) }
        return byte == 0x27 ? apostropheCode : byte == 0x2D ? hyphenCode : nil
    }

    /// The key of a word of letters, apostrophes and hyphens, or nil if it is empty, longer
    /// than `maximumLength` or holds another byte.
    static func key<Bytes: Collection<UInt8>>(of word: Bytes) -> UInt64? {
        guard !word.isEmpty, word.count <= maximumLength else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in word {
            guard let code = code(byte) else { return nil }
            key |= code << shift
            shift += 5
        }
        return key
    }

    // MARK: Eight bytes at a time (SWAR)

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` (little-endian) that is an ASCII letter.
    @inline(__always)
    static func letterBytes(_ word: UInt64) -> UInt64 {
        let low7 = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit set when >= 0x61 ("a")
        let pastZ = low7 &+ 0x0505_0505_0505_0505  // high bit set when >= 0x7B (after "z")
        return atLeastA & ~pastZ & ~word & highBits
    }

    /// How many of the eight bytes, from the first, are letters (0-8).
    @inline(__always)
    static func leadingLetters(_ word: UInt64) -> Int {
        (~letterBytes(word) & highBits).trailingZeroBitCount >> 3
    }

    /// The key of the first `length` (1-8) bytes of `word`, all letters: their 5-bit codes
    /// (a letter's low five bits, in either case) squeezed together pairwise.
    @inline(__always)
    static func pack(_ word: UInt64, length: Int) -> UInt64 {
        var codes = word & 0x1F1F_1F1F_1F1F_1F1F
        if length < 8 { codes &= (1 << UInt64(length * 8)) - 1 }
        codes = (codes & 0x001F_001F_001F_001F) | ((codes >> 3) & 0x03E0_03E0_03E0_03E0)
        codes = (codes & 0x0000_03FF_0000_03FF) | ((codes >> 6) & 0x000F_FC00_000F_FC00)
        return (codes & 0x000F_FFFF) | ((codes >> 12) & 0xFF_FFF0_0000)
    }
}
