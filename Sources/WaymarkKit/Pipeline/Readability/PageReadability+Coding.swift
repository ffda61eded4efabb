/// A page's measurement in the cache's binary form (`CacheWriter`), every field
/// kept: the build's summary and `readability` diagnostic, `serve`'s hardest
/// sentences and `waymark readability`'s JSON all come back as measured.
extension PageReadability {
    init(report: ReadabilityReport, check: ReadabilityCheck?, path: String) {
        self.report = report
        self.check = check
        self.path = path
    }

    func encode(into writer: inout CacheWriter) {
        writer.string(path)
        writer.string(report.formulaID)
        writer.string(report.formulaName)
        writer.string(report.languageTag)
        writer.string(report.direction.rawValue)
        Self.optional(report.score, &writer)
        writer.optional(report.band)
        let statistics = report.statistics
        for count in [statistics.words, statistics.sentences, statistics.syllables, statistics.letters,
                      statistics.longWords, statistics.polysyllabicWords, statistics.monosyllabicWords] {
            writer.int(count)
        }
        writer.int(report.hardestSentences.count)
        for sentence in report.hardestSentences {
            writer.string(sentence.text)
            writer.int(sentence.line)
            writer.double(sentence.score)
            writer.int(sentence.words)
        }
        writer.bool(check != nil)
        if let check {
            writer.string(check.target.formulaID)
            Self.optional(check.target.min, &writer)
            Self.optional(check.target.max, &writer)
            Self.optional(check.score, &writer)
            writer.bool(check.passed)
            writer.string(check.message)
        }
    }

    static func decode(from reader: inout CacheReader) throws(CacheReader.Malformed) -> PageReadability {
        let path = try reader.string()
        let formulaID = try reader.string(), formulaName = try reader.string(), languageTag = try reader.string()
        guard let direction = ScoreDirection(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
        let score = try optional(&reader), band = try reader.optional()
        let statistics = TextStatistics(words: try reader.int(), sentences: try reader.int(), syllables: try reader.int(), letters: try reader.int(),
                                        longWords: try reader.int(), polysyllabicWords: try reader.int(), monosyllabicWords: try reader.int())
        let hardest = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> HardSentence in
            HardSentence(text: try reader.string(), line: try reader.int(), score: try reader.double(), words: try reader.int())
        }
        var check: ReadabilityCheck? = nil
        if try reader.bool() {
            let target = ReadabilityTarget(formulaID: try reader.string(), min: try optional(&reader), max: try optional(&reader))
            check = ReadabilityCheck(target: target, score: try optional(&reader), passed: try reader.bool(), message: try reader.string())
        }
        let report = ReadabilityReport(formulaID: formulaID, formulaName: formulaName, languageTag: languageTag, direction: direction,
                                       score: score, band: band, statistics: statistics, hardestSentences: hardest)
        return PageReadability(report: report, check: check, path: path)
    }

    private static func optional(_ value: Double?, _ writer: inout CacheWriter) {
        writer.bool(value != nil)
        if let value { writer.double(value) }
    }

    private static func optional(_ reader: inout CacheReader) throws(CacheReader.Malformed) -> Double? {
        try reader.bool() ? try reader.double() : nil
    }
}
