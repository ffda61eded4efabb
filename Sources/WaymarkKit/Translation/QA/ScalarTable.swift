import Foundation

/// Character properties of the scalars below U+0300 (ASCII, Latin-1, Latin
/// Extended A and B, IPA), read once from `Character` itself, so the QA hot
/// paths can scan Finnish, Spanish and English text by scalar and still get
/// exactly the answers of the `Character` APIs. Below U+0300 no scalar extends
/// a grapheme, so each scalar is its own `Character` (only `\r\n` pairs up,
/// and both halves are whitespace). Text with any other scalar takes the
/// `Character` path.
enum ScalarTable {
    /// Scalars below this value are in the tables.
    static let limit: UInt32 = 0x300

    /// One scalar's properties as a one-scalar `Character`.
    struct Entry: Sendable {
        var isLetter: Bool
        var isNumber: Bool
        var isWhitespace: Bool
        /// The scalar `String.lowercased()` makes of it, when that is one scalar
        /// inside the table (nil for `İ`, which lowercases to `i` and a combining dot).
        var lowercase: Unicode.Scalar?
        /// The scalar folded case- and accent-insensitively, as one piece per
        /// `Character` of the folded text, each flagged letter-or-number; nil
        /// when the folded text leaves the table's range.
        var folded: [(utf8: [UInt8], isWord: Bool)]?
    }

    /// Entries for U+0000..<U+0300.
    static let entries: [Entry] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else {
            return Entry(isLetter: false, isNumber: false, isWhitespace: false, lowercase: nil, folded: nil)
        }
        let character = Character(scalar)
        let lower = Array(String(character).lowercased().unicodeScalars)
        let folding = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let inRange = folding.unicodeScalars.allSatisfy { $0.value < limit }
        return Entry(isLetter: character.isLetter, isNumber: character.isNumber, isWhitespace: character.isWhitespace,
                     lowercase: lower.count == 1 && lower[0].value < limit ? lower[0] : nil,
                     folded: inRange ? folding.map { (Array(String($0).utf8), $0.isLetter || $0.isNumber) } : nil)
    }

    /// `isLetter`, `isNumber` and `isWhitespace` of each entry as bits (`letter`,
    /// `number`, `whitespace`), for loops that test every scalar of a text.
    static let classes: [UInt8] = entries.map { entry in
        (entry.isLetter ? letter : 0) | (entry.isNumber ? number : 0) | (entry.isWhitespace ? whitespace : 0)
    }

    /// The bits of `classes`.
    static let letter: UInt8 = 1, number: UInt8 = 2, whitespace: UInt8 = 4

    /// True when every scalar of `text` is in the tables.
    static func covers(_ text: String) -> Bool {
        // UTF-8 lead bytes of U+0300 and above are 0xCC and higher.
        !text.utf8.contains { $0 >= 0xCC }
    }
}
