/// Keeps the `limit` hardest sentences seen so far under one formula: lowest score for
/// reading-ease scales, highest for grade scales; earlier sentences win ties.
struct HotspotRanking: Sendable {
    /// The formula that scores each sentence on its own.
    let formula: any ReadabilityFormula
    /// How many sentences to keep.
    let limit: Int
    private let direction: ScoreDirection
    private var kept: [(location: SentenceLocation, score: Double, words: Int)] = []

    /// Creates an empty ranking.
    init(formula: any ReadabilityFormula, limit: Int) {
        self.formula = formula
        self.limit = max(0, limit)
        direction = formula.direction  // read once: it is asked at every comparison
    }

    /// Offers one sentence with its own counts.
    mutating func consider(_ location: SentenceLocation, _ statistics: TextStatistics) {
        guard limit > 0 else { return }
        insert((location, formula.score(statistics), statistics.words))
    }

    /// Takes in the sentences `other` kept as if they had been offered after these, so the
    /// rankings of consecutive runs of blocks merge into the ranking of the whole.
    mutating func absorb(_ other: HotspotRanking) {
        for entry in other.kept { insert(entry) }
    }

    private mutating func insert(_ entry: (location: SentenceLocation, score: Double, words: Int)) {
        let position = kept.firstIndex { harder(entry.score, than: $0.score) } ?? kept.count
        guard position < limit else { return }
        kept.insert(entry, at: position)
        if kept.count > limit { kept.removeLast() }
    }

    /// The kept sentences with text and source line, hardest first.
    func sentences(in blocks: [ProseBlock]) -> [HardSentence] {
        kept.map { entry in
            let block = blocks[entry.location.block]
            let utf8 = Array(ReadabilityAnalyzer.normalized(block.text).utf8)
            let range = entry.location.range.clamped(to: 0..<utf8.count)
            let newlines = utf8[..<range.lowerBound].filter { $0 == 0x0A }.count
            let text = String(decoding: utf8[range], as: UTF8.self)
            let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return HardSentence(text: collapsed, line: block.line + newlines, score: entry.score, words: entry.words)
        }
    }

    private func harder(_ score: Double, than other: Double) -> Bool {
        direction == .higherIsEasier ? score < other : score > other
    }
}
