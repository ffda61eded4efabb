/// Unicode answers the scanner needs for the scalars below U+0500 (Latin, Greek,
/// Cyrillic), read once from the Unicode properties into a table.
///
/// Asking `Unicode.Scalar.Properties` costs a trie walk per question; Russian text asked
/// it for every letter and ran 40 times slower than English. The table is built by the
/// same property calls, so its answers are the same by construction.
enum AlphabetTable {
    /// Scalars below this value are in the table.
    static let limit: UInt32 = 0x500

    private struct Entry {
        var isLetter = false
        var isDigit = false
        var startsUppercase = false
        /// The single-scalar lowercase mapping; nil when the mapping has several scalars.
        var lowercase: Unicode.Scalar?
    }

    private static let entries: [Entry] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return Entry() }
        let properties = scalar.properties
        let mapped = properties.lowercaseMapping.unicodeScalars
        return Entry(
            isLetter: ScalarClass.propertyIsLetter(scalar),
            isDigit: properties.numericType == .decimal,
            startsUppercase: properties.isUppercase || properties.generalCategory == .titlecaseLetter,
            lowercase: mapped.count == 1 ? mapped[mapped.startIndex] : nil)
    }

    /// Whether the scalar (below `limit`) is a letter, as `ScalarClass.isLetter` defines it.
    static func isLetter(_ value: UInt32) -> Bool { entries[Int(value)].isLetter }

    /// Whether the scalar (below `limit`) is a decimal digit.
    static func isDigit(_ value: UInt32) -> Bool { entries[Int(value)].isDigit }

    /// Whether the scalar (below `limit`) is uppercase or titlecase.
    static func isUppercase(_ value: UInt32) -> Bool { entries[Int(value)].startsUppercase }

    /// The lowercase of the scalar (below `limit`), or nil when it lowercases to several
    /// scalars ("İ").
    static func lowercase(_ value: UInt32) -> Unicode.Scalar? {
        entries[Int(value)].lowercase
    }

    /// Calls `body` with each UTF-8 byte of the text at `range` lowercased: ASCII by rule,
    /// other scalars below `limit` from the table. Returns false, having stopped, at the
    /// first scalar the table cannot lowercase; the caller then asks `String.lowercased()`.
    static func lowercasedUTF8(_ text: UTF8Text, _ range: Range<Int>, _ body: (UInt8) -> Void) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text.bytes[index]
            if byte < 0x80 {
                body(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
                continue
            }
            let (scalar, next) = text.scalar(at: index)
            guard scalar.value < limit, let lower = lowercase(scalar.value), let encoded = UTF8.encode(lower) else {
                return false
            }
            encoded.forEach(body)
            index = next
        }
        return true
    }
}
