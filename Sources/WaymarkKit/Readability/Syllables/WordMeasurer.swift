/// Measures one word token: splits it at hyphens, periods and digits, and sums the
/// syllables of the parts. English ASCII words take a fast path that hashes and looks up
/// each part straight from the text's bytes; other words are lowercased into a reusable
/// scalar buffer. Neither path allocates per word.
struct WordMeasurer {
    /// The counter for the text's language.
    let counter: any SyllableCounter
    // Unwrapped once here so the per-word fast path borrows them instead of copying.
    private let english: EnglishSyllableCounter
    private let dictionary: CMUSyllableDictionary
    private let hasFastPath: Bool
    private let packedTable: PackedSyllableTable?
    private var buffer: [Unicode.Scalar] = []
    private var memo = WordMemo()
    private var packedMemo = PackedWordMemo()

    /// Creates a measurer around a syllable counter.
    init(counter: any SyllableCounter) {
        self.counter = counter
        let english = counter as? EnglishSyllableCounter
        self.english = english ?? EnglishSyllableCounter(dictionary: nil)
        dictionary = english?.dictionary ?? CMUSyllableDictionary(resource: [])
        hasFastPath = english?.dictionary != nil
        packedTable = english?.dictionary?.packed
        buffer.reserveCapacity(64)
    }

    /// Syllables and letters of the word at `range`. A token without letters (a number
    /// such as "3.5" or "2024") is one word of one syllable and no letters.
    mutating func measure(_ text: UTF8Text, _ range: Range<Int>) -> (syllables: Int, letters: Int) {
        let key = WordMemo.key(text.bytes, range)
        if let key, let known = memo.lookup(key, length: range.count) { return known }
        let measured = measureUncached(text, range)
        if let key { memo.store(key, length: range.count, measured) }
        return measured
    }

    /// Syllables and letters of a plain ASCII word the scanner packed: this measurer's
    /// small memo (it stays in the L1 cache), then the shared table (English, 2 MB), then
    /// the general path; whatever is found is remembered in the memo.
    @inline(__always)
    mutating func measure(_ text: UTF8Text, _ range: Range<Int>, packed: PackedWord) -> (syllables: Int, letters: Int) {
        guard packed.key != 0 else { return measure(text, range) }
        if let syllables = packedMemo.syllables(packed.key) { return (syllables, packed.letters) }
        let syllables = packedTable?.syllables(packed.key) ?? measureUncached(text, range).syllables
        packedMemo.store(packed.key, syllables: syllables)
        return (syllables, packed.letters)
    }

    private mutating func measureUncached(_ text: UTF8Text, _ range: Range<Int>) -> (syllables: Int, letters: Int) {
        if hasFastPath, let measured = measureASCII(text.bytes, range) { return measured }
        buffer.removeAll(keepingCapacity: true)
        var letters = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, next) = text.scalar(at: index)
            if ScalarClass.isLetter(scalar) {
                letters += 1
                buffer.append(Self.lowercase(scalar))
            } else {
                buffer.append(ScalarClass.isApostrophe(scalar) ? "'" : "-")
            }
            index = next
        }
        guard letters > 0 else { return (1, 0) }
        var syllables = 0
        var partStart = 0
        for position in 0...buffer.count where position == buffer.count || buffer[position] == "-" {
            let part = buffer[partStart..<position]
            if part.contains(where: { $0 != "'" }) { syllables += counter.syllables(in: part) }
            partStart = position + 1
        }
        return (max(syllables, 1), letters)
    }

    /// The English fast path; nil when the word has a non-ASCII byte.
    private func measureASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (syllables: Int, letters: Int)? {
        var letters = 0
        var syllables = 0
        var partStart = range.lowerBound
        var partLetters = 0
        var hash = CMUSyllableDictionary.hashSeed
        for index in range.lowerBound...range.upperBound {
            let byte = index < range.upperBound ? bytes[index] : 0x20
            if byte >= 0x80 { return nil }
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                letters += 1
                partLetters += 1
                hash = CMUSyllableDictionary.hash(hash, UInt32(lower))
            } else if byte == 0x27 {
                hash = CMUSyllableDictionary.hash(hash, 0x27)
            } else {
                if partLetters > 0 {
                    let part = partStart..<index
                    syllables += dictionary.syllables(hash: hash, lowercasing: bytes, part)
                        ?? english.syllables(in: ArraySlice(part.map { Unicode.Scalar(bytes[$0] < 0x41 || bytes[$0] > 0x5A ? bytes[$0] : bytes[$0] | 0x20) }))
                }
                partStart = index + 1
                partLetters = 0
                hash = CMUSyllableDictionary.hashSeed
            }
        }
        return letters > 0 ? (max(syllables, 1), letters) : (1, 0)
    }

    /// Lowercase mapping of one scalar (ASCII fast path; single-scalar mappings otherwise).
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        return unicodeLowercase(scalar)
    }

    // Out of line for the same reason as `ScalarClass.unicodeIsLetter`: keeps the
    // pure Unicode lookup off the ASCII path.
    @inline(never)
    static func unicodeLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < AlphabetTable.limit { return AlphabetTable.lowercase(scalar.value) ?? scalar }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
    }
}
