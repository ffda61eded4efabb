/// The reading level of one text (a page in one locale) under one formula.
public struct ReadabilityReport: Sendable, Hashable, Codable {
    /// The formula's id, e.g. `flesch-kincaid-grade`.
    public var formulaID: String
    /// The formula's display name.
    public var formulaName: String
    /// The BCP 47 tag the text was analysed as.
    public var languageTag: String
    /// Whether a higher score is easier.
    public var direction: ScoreDirection
    /// The score, or nil when the text has no words.
    public var score: Double?
    /// Meaning of the score's band on the formula's scale.
    public var band: String?
    /// The counts behind the score.
    public var statistics: TextStatistics
    /// The hardest sentences, hardest first (at most three by default).
    public var hardestSentences: [HardSentence]

    /// Number of words.
    public var words: Int { statistics.words }
    /// Number of sentences.
    public var sentences: Int { statistics.sentences }
    /// Number of syllables.
    public var syllables: Int { statistics.syllables }
    /// Average syllables per word.
    public var syllablesPerWord: Double { statistics.syllablesPerWord }
    /// Average words per sentence.
    public var wordsPerSentence: Double { statistics.wordsPerSentence }
}

/// One hard sentence (a hotspot) and where it starts.
public struct HardSentence: Sendable, Hashable, Codable {
    /// The sentence text as written (whitespace collapsed).
    public var text: String
    /// 1-based source line where the sentence starts.
    public var line: Int
    /// The formula's score for this sentence alone.
    public var score: Double
    /// Words in the sentence.
    public var words: Int
}
