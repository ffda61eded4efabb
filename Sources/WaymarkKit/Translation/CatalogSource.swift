/// One source segment as the catalog needs it (built by the segmenter, in
/// source order): context, source text, plural, references, comments, words.
struct CatalogSource: Sendable, Hashable {
    /// `msgctxt` (UI keys, data fields, identical strings told apart).
    var msgctxt: String?
    /// Inline Markdown source of the segment (SPEC §5).
    var msgid: String
    /// Plural source (`other` form) of a UI string with plurals.
    var msgidPlural: String?
    /// `#:` references, `path:line`.
    var references: [String]
    /// `#.` comments for translators.
    var extractedComments: [String]
    /// Words in the source, for completeness (SPEC §5.2).
    var wordCount: Int

    /// Creates a source item; `wordCount` defaults to the words of `msgid`.
    init(msgctxt: String? = nil, msgid: String, msgidPlural: String? = nil, references: [String] = [], extractedComments: [String] = [], wordCount: Int? = nil) {
        self.msgctxt = msgctxt
        self.msgid = msgid
        self.msgidPlural = msgidPlural
        self.references = references
        self.extractedComments = extractedComments
        self.wordCount = wordCount ?? CatalogSource.countWords(msgid)
    }

    /// Identity of the segment inside its catalog.
    var key: POMessageKey { POMessageKey(msgctxt: msgctxt, msgid: msgid) }

    /// Words of a text: runs of letters or digits (each CJK ideograph counts as one word).
    static func countWords(_ text: String) -> Int {
        // Scalars below U+0300 (Latin text) read their class from a table made by `wordClass`.
        let table = latinWordClasses
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            switch scalar.value < 0x300 ? table[Int(scalar.value)] : wordClass(scalar) {
            case .ideograph:
                count += 1
                inWord = false
            case .letterOrDigit:
                if !inWord { count += 1 }
                inWord = true
            case .other:
                inWord = false
            }
        }
        return count
    }

    /// How `countWords` counts a scalar.
    enum WordClass: Sendable {
        case ideograph, letterOrDigit, other
    }

    /// The class of `scalar`: an ideograph is a word of its own, letters and digits make words.
    static func wordClass(_ scalar: Unicode.Scalar) -> WordClass {
        if LineBreakOpportunities.breakClass(scalar) == .ideographic { return .ideograph }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .letterOrDigit : .other
    }

    /// `wordClass` of U+0000..<U+0300.
    private static let latinWordClasses: [WordClass] = (0..<0x300).map { Unicode.Scalar($0).map(wordClass) ?? .other }
}
