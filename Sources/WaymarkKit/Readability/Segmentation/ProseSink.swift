/// Receives the words and sentence ends `ProseScanner` finds, in text order. A generic
/// sink (rather than closures) lets the compiler specialise the scanning loop.
protocol ProseSink {
    /// A word at this UTF-8 byte range.
    mutating func word(_ range: Range<Int>)
    /// A plain ASCII word at this range, packed by the scanner while it read it; sinks
    /// that measure words use the key to skip a second pass over the bytes.
    mutating func word(_ range: Range<Int>, packed: PackedWord)
    /// A sentence boundary: the sentence ends at this byte offset.
    mutating func sentenceEnd(at offset: Int)
}

extension ProseSink {
    /// Sinks that only need ranges treat a packed word like any other.
    mutating func word(_ range: Range<Int>, packed: PackedWord) { word(range) }
}
