/// A subset of the Unicode line breaking algorithm (UAX #14) that covers the
/// text PO files hold: spaces, hyphens and dashes, slashes, punctuation,
/// brackets, quotes, digits, and CJK ideographs and kana. It reproduces where
/// gettext 0.21 (libunistring) may break a line.
enum LineBreakOpportunities {
    /// Line breaking classes used here (UAX #14 AL, SP, HY, BA, B2, GL, SY, CL/CP, OP, EX, IS, QU, NU, PR, PO, ID, NS, CM, ZW, WJ).
    enum BreakClass { case alphabetic, space, hyphen, breakAfter, breakBoth, glue, symbol, close, open, exclamation, infix, quote, numeric, prefix, postfix, ideographic, nonStarter, combining, zeroWidthSpace, wordJoiner }

    /// `result[i]` is true when a break is allowed before scalar `i`.
    static func compute(_ scalars: [Unicode.Scalar]) -> [Bool] {
        let classes = scalars.map(breakClass)
        var result = Array(repeating: false, count: scalars.count)
        var lastNonSpace: BreakClass?
        for index in scalars.indices.dropFirst() {
            let previous = classes[index - 1]
            if previous != .space { lastNonSpace = previous == .combining ? (lastNonSpace ?? .alphabetic) : previous }
            result[index] = allowed(before: classes[index], previous: previous, lastNonSpace: lastNonSpace ?? .alphabetic)
        }
        return result
    }

    private static func allowed(before current: BreakClass, previous: BreakClass, lastNonSpace: BreakClass) -> Bool {
        switch current {
        case .space, .combining, .wordJoiner, .close, .exclamation, .infix, .symbol: return false
        default: break
        }
        if previous == .zeroWidthSpace { return true }
        if previous == .wordJoiner || previous == .glue { return false }
        if previous == .space {
            switch (lastNonSpace, current) {
            case (.open, _), (.quote, .open), (.close, .nonStarter), (.breakBoth, .breakBoth): return false
            default: return true
            }
        }
        return pairAllows(lastNonSpace, current)
    }

    /// Breaks between two adjacent non-space classes.
    private static func pairAllows(_ before: BreakClass, _ current: BreakClass) -> Bool {
        switch (before, current) {
        case (_, .quote), (.quote, _), (.open, _), (_, .glue), (_, .hyphen), (_, .breakAfter), (_, .nonStarter),
             (.prefix, .alphabetic), (.postfix, .alphabetic), (.alphabetic, .prefix), (.alphabetic, .postfix),
             (.alphabetic, .numeric), (.numeric, .alphabetic), (.alphabetic, .alphabetic), (.numeric, .numeric),
             (.alphabetic, .open), (.numeric, .open), (.close, .postfix), (.close, .prefix), (.numeric, .postfix),
             (.numeric, .prefix), (.prefix, .open), (.postfix, .open), (.prefix, .numeric), (.postfix, .numeric),
             (.hyphen, .numeric), (.infix, .numeric), (.symbol, .numeric), (.prefix, .ideographic),
             (.ideographic, .postfix), (.breakBoth, .breakBoth):
            return false
        default:
            return true
        }
    }

    /// The class of one scalar (unlisted letters, marks and symbols are alphabetic).
    static func breakClass(_ scalar: Unicode.Scalar) -> BreakClass {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return .alphabetic
        case 0x20: return .space
        case 0x2D: return .hyphen
        case 0x09, 0x7C, 0xAD, 0x2010, 0x2012, 0x2013, 0x1680, 0x2000...0x2006, 0x2008...0x200A: return .breakAfter
        case 0x2014: return .breakBoth
        case 0xA0, 0x2007, 0x2011, 0x202F, 0x034F: return .glue
        case 0x200B: return .zeroWidthSpace
        case 0x2060, 0xFEFF: return .wordJoiner
        case 0x2F: return .symbol
        case 0x29, 0x5D, 0x7D, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x300D, 0x300F, 0x3009, 0x300B, 0x3011, 0xFF09: return .close
        case 0x28, 0x5B, 0x7B, 0x300C, 0x300E, 0x3008, 0x300A, 0x3010, 0xFF08: return .open
        case 0x21, 0x3F, 0xFF01, 0xFF1F: return .exclamation
        case 0x2C, 0x2E, 0x3A, 0x3B: return .infix
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D: return .quote
        case 0x30...0x39: return .numeric
        case 0x24, 0x2B, 0x5C, 0xA3, 0xA5, 0x20AC: return .prefix
        case 0x25, 0x2030, 0xB0: return .postfix
        case 0x3005, 0x303B, 0x309B...0x309E, 0x30FB...0x30FE, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049,
             0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3,
             0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6:
            return .nonStarter
        case 0x2E80...0x2FFF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xAC00...0xD7A3, 0xFF01...0xFF60, 0x20000...0x3FFFD:
            return .ideographic
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: return .combining
            default: return .alphabetic
            }
        }
    }
}
