/// The stable JSON document printed by `waymark readability --json` (documented in
/// docs/readability.md). The CLI encodes it with `JSONEncoder` and `.sortedKeys`.
public struct ReadabilityJSONDocument: Sendable, Hashable, Codable {
    /// Shape version; bumped only on incompatible changes.
    public var version: Int
    /// One entry per page and locale, in the order the caller adds them.
    public var pages: [ReadabilityPageJSON]

    /// Creates a document (version 1).
    public init(pages: [ReadabilityPageJSON]) {
        self.version = 1
        self.pages = pages
    }
}

/// One page in one locale. Scores and averages are rounded to two decimals so the output
/// is stable across platforms.
public struct ReadabilityPageJSON: Sendable, Hashable, Codable {
    /// A `min`/`max` pair; absent bounds are omitted.
    public struct Target: Sendable, Hashable, Codable {
        /// Lowest acceptable score.
        public var min: Double?
        /// Highest acceptable score.
        public var max: Double?
    }

    /// A hard sentence.
    public struct Hotspot: Sendable, Hashable, Codable {
        /// 1-based line in the file a person edits.
        public var line: Int
        /// The sentence text.
        public var text: String
        /// The formula's score for the sentence alone.
        public var score: Double
    }

    /// Project-relative path of the file to edit (`.md` or `.po`).
    public var path: String
    /// BCP 47 locale.
    public var locale: String
    /// Formula id.
    public var formula: String
    /// Formula display name.
    public var formulaName: String
    /// `higherIsEasier` or `lowerIsEasier`.
    public var direction: ScoreDirection
    /// Score, or null when the page has no prose.
    public var score: Double?
    /// Meaning of the score on the formula's scale.
    public var band: String?
    /// The audience target, or null when the page's audience sets none for this language.
    public var target: Target?
    /// Whether the target was met (true when there is no target).
    public var passed: Bool
    /// Word count.
    public var words: Int
    /// Sentence count.
    public var sentences: Int
    /// Syllable count.
    public var syllables: Int
    /// Average syllables per word.
    public var syllablesPerWord: Double
    /// Average words per sentence.
    public var wordsPerSentence: Double
    /// Hardest sentences, hardest first.
    public var hotspots: [Hotspot]

    /// Builds the entry for one page from its report and optional target check.
    public init(path: String, locale: String, report: ReadabilityReport, check: ReadabilityCheck?) {
        self.path = path
        self.locale = locale
        formula = report.formulaID
        formulaName = report.formulaName
        direction = report.direction
        score = report.score.map(Self.rounded)
        band = report.band
        target = check.map { Target(min: $0.target.min, max: $0.target.max) }
        passed = check?.passed ?? true
        words = report.words
        sentences = report.sentences
        syllables = report.syllables
        syllablesPerWord = Self.rounded(report.syllablesPerWord)
        wordsPerSentence = Self.rounded(report.wordsPerSentence)
        hotspots = report.hardestSentences.map {
            Hotspot(line: $0.line, text: $0.text, score: Self.rounded($0.score))
        }
    }

    /// Rounds to two decimals.
    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
