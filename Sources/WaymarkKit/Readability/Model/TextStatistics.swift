/// The counts every formula is computed from.
///
/// All counts are over words as defined in `docs/readability.md` ("How we count").
public struct TextStatistics: Sendable, Hashable, Codable {
    /// Number of words.
    public var words: Int
    /// Number of sentences (headings, list items and table cells count at least once).
    public var sentences: Int
    /// Number of syllables over all words.
    public var syllables: Int
    /// Number of letters over all words (apostrophes, hyphens and digits excluded).
    public var letters: Int
    /// Words with more than six letters (LIX, Wiener Sachtextformel "IW").
    public var longWords: Int
    /// Words with three or more syllables (Wiener Sachtextformel "MS").
    public var polysyllabicWords: Int
    /// Words with exactly one syllable (Wiener Sachtextformel "ES").
    public var monosyllabicWords: Int

    /// Creates statistics from raw counts.
    public init(
        words: Int, sentences: Int, syllables: Int, letters: Int = 0,
        longWords: Int = 0, polysyllabicWords: Int = 0, monosyllabicWords: Int = 0
    ) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.letters = letters
        self.longWords = longWords
        self.polysyllabicWords = polysyllabicWords
        self.monosyllabicWords = monosyllabicWords
    }

    /// Statistics of no text at all.
    public static let empty = TextStatistics(words: 0, sentences: 0, syllables: 0)

    /// Average words per sentence (ASL); 0 when there are no sentences.
    public var wordsPerSentence: Double { ratio(words, sentences) }
    /// Average syllables per word (ASW); 0 when there are no words.
    public var syllablesPerWord: Double { ratio(syllables, words) }
    /// Average letters per word; 0 when there are no words.
    public var lettersPerWord: Double { ratio(letters, words) }
    /// Percentage of words longer than six letters.
    public var longWordPercentage: Double { 100 * ratio(longWords, words) }
    /// Percentage of words with three or more syllables.
    public var polysyllabicPercentage: Double { 100 * ratio(polysyllabicWords, words) }
    /// Percentage of words with one syllable.
    public var monosyllabicPercentage: Double { 100 * ratio(monosyllabicWords, words) }

    /// Adds the counts of `other` to these.
    public mutating func add(_ other: TextStatistics) {
        words += other.words
        sentences += other.sentences
        syllables += other.syllables
        letters += other.letters
        longWords += other.longWords
        polysyllabicWords += other.polysyllabicWords
        monosyllabicWords += other.monosyllabicWords
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
