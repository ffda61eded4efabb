/// Receives the words and sentence ends `ProseScanner` finds, in text order. A generic
/// sink (rather than closures) lets the compiler specialise the scanning loop.
protocol ProseSink {
    /// A word at this UTF-8 byte range.
    mutating func word(_ range: Range<Int>)
    /// A sentence boundary: the sentence ends at this byte offset.
    mutating func sentenceEnd(at offset: Int)
}
