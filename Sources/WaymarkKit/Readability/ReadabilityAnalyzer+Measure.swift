import Foundation

extension ReadabilityAnalyzer {
    /// Scans one block into `accumulator`. The block's end always closes a sentence, so a
    /// heading, list item or table cell counts as at least one sentence.
    func measure(_ block: ProseBlock, index: Int, into accumulator: inout SentenceAccumulator) {
        var text = block.text
        let scanned: Bool = text.withUTF8 { bytes in
            guard !Self.hasCombiningMarks(bytes) else { return false }
            scan(bytes, block: index, into: &accumulator)
            return true
        }
        guard !scanned else { return }
        var composed = text.precomposedStringWithCanonicalMapping
        composed.withUTF8 { scan($0, block: index, into: &accumulator) }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, block: Int, into accumulator: inout SentenceAccumulator) {
        let text = UTF8Text(bytes: bytes)
        accumulator.begin(block: block, text: text)
        scanner.scan(text, into: &accumulator)
        accumulator.sentenceEnd(at: bytes.count)
    }

    /// The text in NFC when it contains combining marks (U+0300-U+036F), so "é" written
    /// as e + combining accent is one letter; otherwise unchanged.
    static func normalized(_ text: String) -> String {
        var text = text
        let combining = text.withUTF8 { hasCombiningMarks($0) }
        return combining ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether UTF-8 bytes contain U+0300-U+036F (lead bytes CC or CD). ASCII text, the
    /// common case, is ruled out eight bytes at a time.
    private static func hasCombiningMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        var offset = 0
        var highBits: UInt64 = 0
        while offset + 8 <= bytes.count {
            highBits |= base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            highBits |= UInt64(bytes[offset])
            offset += 1
        }
        guard highBits & 0x8080_8080_8080_8080 != 0 else { return false }
        var found = false
        for byte in bytes { found = found || (byte & 0xFE) == 0xCC }
        return found
    }
}

/// Adds up words into sentences and sentences into the text's totals, offering each
/// sentence to the hotspot ranking.
struct SentenceAccumulator: ProseSink {
    /// Totals over all blocks so far.
    private(set) var total = TextStatistics.empty
    /// The hardest sentences, when hotspots are wanted.
    private(set) var ranking: HotspotRanking?
    private var measurer: WordMeasurer
    private var text = UTF8Text(bytes: UnsafeBufferPointer(start: nil, count: 0))
    private var block = 0
    private var current = TextStatistics.empty
    private var sentenceStart = 0
    private var firstWord: Int?

    /// Creates an accumulator counting syllables with `counter`.
    init(counter: any SyllableCounter, ranking: HotspotRanking?) {
        measurer = WordMeasurer(counter: counter)
        self.ranking = ranking
    }

    /// Starts a new block; `text` is valid until the block's final `sentenceEnd`.
    mutating func begin(block: Int, text: UTF8Text) {
        self.block = block
        self.text = text
        current = .empty
        sentenceStart = 0
        firstWord = nil
    }

    mutating func word(_ range: Range<Int>) {
        count(measurer.measure(text, range), at: range)
    }

    mutating func word(_ range: Range<Int>, packed: PackedWord) {
        count(measurer.measure(text, range, packed: packed), at: range)
    }

    @inline(__always)
    private mutating func count(_ measured: (syllables: Int, letters: Int), at range: Range<Int>) {
        if firstWord == nil { firstWord = tokenStart(before: range.lowerBound) }
        // Wrapping adds and flag arithmetic: counts of one sentence cannot overflow, and
        // this runs for every word, so it is kept free of branches.
        current.words &+= 1
        current.syllables &+= measured.syllables
        current.letters &+= measured.letters
        current.longWords &+= measured.letters > 6 ? 1 : 0
        current.polysyllabicWords &+= measured.syllables >= 3 ? 1 : 0
        current.monosyllabicWords &+= measured.syllables == 1 ? 1 : 0
    }

    mutating func sentenceEnd(at offset: Int) {
        if current.words > 0 {
            current.sentences = 1
            total.add(current)
            ranking?.consider(SentenceLocation(block: block, range: (firstWord ?? sentenceStart)..<offset), current)
        }
        current = .empty
        firstWord = nil
        sentenceStart = offset
    }

    /// Start of the token holding a sentence's first word (so opening quotes are kept).
    private func tokenStart(before index: Int) -> Int {
        var start = index
        while start > sentenceStart, text.bytes[start - 1] > 0x20 { start -= 1 }
        return start
    }
}

/// Where a sentence is: block index and byte range inside the block's normalized text.
struct SentenceLocation: Sendable {
    /// Index of the block in the analysed list.
    var block: Int
    /// UTF-8 byte range of the sentence.
    var range: Range<Int>
}
