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
        /// The scalar folded case- and accent-insensitively, as one piece per
        /// `Character` of the folded text, each flagged letter-or-number; nil
        /// when the folded text leaves the table's range.
        var folded: [(utf8: [UInt8], isWord: Bool)]?
    }

    /// Entries for U+0000..<U+0300.
    static let entries: [Entry] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return Entry(isLetter: false, isNumber: false, isWhitespace: false, folded: nil) }
        let character = Character(scalar)
        let folding = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let inRange = folding.unicodeScalars.allSatisfy { $0.value < limit }
        return Entry(isLetter: character.isLetter, isNumber: character.isNumber, isWhitespace: character.isWhitespace,
                     folded: inRange ? folding.map { (Array(String($0).utf8), $0.isLetter || $0.isNumber) } : nil)
    }

    /// True when every scalar of `text` is in the tables.
    static func covers(_ text: String) -> Bool {
        // UTF-8 lead bytes of U+0300 and above are 0xCC and higher.
        !text.utf8.contains { $0 >= 0xCC }
    }
}
