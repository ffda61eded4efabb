/// Character classes the scanner needs, decided per Unicode scalar. ASCII scalars are
/// answered from 128-bit masks (no table in memory, no branches per class member).
enum ScalarClass {
    /// Whether bit `value` (< 128) is set in the mask `(low, high)`.
    @inline(__always)
    static func inMask(_ value: UInt32, _ low: UInt64, _ high: UInt64) -> Bool {
        value < 64 ? (low >> UInt64(value)) & 1 == 1 : (high >> UInt64(value - 64)) & 1 == 1
    }

    /// ASCII mask of `/()[],;:&+=|!?"`.
    private static let asciiWordBreak: (UInt64, UInt64) = (0xAC009B4600000000, 0x1000000028000000)
    /// ASCII mask of `"'([*-`.
    private static let asciiOpener: (UInt64, UInt64) = (0x0000258400000000, 0x0000000008000000)
    /// ASCII mask of `"')]}`.
    private static let asciiCloser: (UInt64, UInt64) = (0x0000028400000000, 0x2000000020000000)

    /// Whether the scalar separates tokens (ASCII whitespace, no-break and thin spaces).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F: return true
        default: return false
        }
    }

    /// Whether the scalar is a letter (ASCII fast path, Unicode alphabetic otherwise).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return unicodeIsLetter(scalar)
    }

    // The Unicode lookups live out of line: inlined, the optimiser evaluated the
    // (pure) property lookup on every scalar, ASCII included, which took a third
    // of the time on English text.
    @inline(never)
    static func unicodeIsLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < AlphabetTable.limit ? AlphabetTable.isLetter(scalar.value) : propertyIsLetter(scalar)
    }

    /// The letter rule itself (`AlphabetTable` caches it below U+0500).
    static func propertyIsLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        // Latin-1 and Latin Extended-A/B (é, ä, ñ, ő, ş) are letters except × and ÷;
        // General Punctuation (quotes, dashes, ellipsis) never is: no table lookup needed.
        if value >= 0xC0, value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        if value >= 0x2000, value <= 0x206F { return false }
        return scalar.properties.isAlphabetic
    }

    @inline(never)
    static func unicodeIsDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < AlphabetTable.limit
            ? AlphabetTable.isDigit(scalar.value) : scalar.properties.numericType == .decimal
    }

    /// Whether the scalar is a decimal digit.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return unicodeIsDigit(scalar)
    }

    /// Whether the scalar is an apostrophe (straight, right single quote, modifier letter).
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Whether the scalar ends a sentence: `.`, `!`, `?`, `…` and their full-width forms.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{203D}": return true
        default: return false
        }
    }

    /// Whether the scalar may close a sentence after its terminal punctuation.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return inMask(scalar.value, asciiCloser.0, asciiCloser.1) }
        switch scalar {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
        default: return false
        }
    }

    /// Whether the scalar may open a sentence before its first word.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return inMask(scalar.value, asciiOpener.0, asciiOpener.1) }
        switch scalar {
        case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}",
             "\u{00BF}", "\u{00A1}", "*", "-", "\u{2013}", "\u{2014}":
            return true
        default: return false
        }
    }

    /// Whether the scalar splits one whitespace token into separate words.
    static func isWordBreak(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return inMask(scalar.value, asciiWordBreak.0, asciiWordBreak.1) }
        switch scalar {
        case "/", "\u{2013}", "\u{2014}", "\u{2026}", "(", ")", "[", "]", ",", ";", ":", "&",
             "+", "=", "|", "\u{00BF}", "\u{00A1}", "!", "?", "\"", "\u{201C}", "\u{201D}",
             "\u{00AB}", "\u{00BB}":
            return true
        default: return false
        }
    }
}
