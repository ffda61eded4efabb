import Foundation

/// Measures the reading level of prose blocks in one language: the library entry point
/// the `readability` command and rule call.
///
/// ```swift
/// let analyzer = ReadabilityAnalyzer(languageTag: "es")
/// let report = analyzer.report(for: blocks)                 // default formula for "es"
/// let check = target.evaluate(analyzer.report(for: blocks, formulaID: target.formulaID))
/// ```
public struct ReadabilityAnalyzer: Sendable {
    /// The BCP 47 tag of the text.
    public let languageTag: String
    /// Word and sentence segmentation for the language.
    let scanner: ProseScanner
    /// Syllable counting for the language.
    let counter: any SyllableCounter

    /// Creates an analyzer for a BCP 47 language tag (`en`, `es-MX`, `fi`).
    public init(languageTag: String) {
        self.init(languageTag: languageTag, packsPlainWords: true)
    }

    /// Creates an analyzer; `packsPlainWords: false` turns the scanner's fast path off so
    /// a test can compare it with the general path.
    init(languageTag: String, packsPlainWords: Bool) {
        self.languageTag = languageTag
        let language = LocaleTag.language(of: languageTag)
        scanner = ProseScanner(language: language, packsPlainWords: packsPlainWords)
        counter = SyllableCounters.counter(forLanguageTag: languageTag)
    }

    /// The language's default formula (SPEC §7).
    public var defaultFormula: any ReadabilityFormula {
        ReadabilityFormulas.defaultFormula(forLanguageTag: languageTag)
    }

    /// Word, sentence and syllable counts of the blocks.
    public func statistics(of blocks: [ProseBlock]) -> TextStatistics {
        var accumulator = SentenceAccumulator(counter: counter, ranking: nil)
        for (index, block) in blocks.enumerated() {
            measure(block, index: index, into: &accumulator)
        }
        return accumulator.total
    }

    /// The report under the formula with `formulaID`, or the language default when the id
    /// is nil or unknown (config validation rejects unknown ids before this point).
    public func report(for blocks: [ProseBlock], formulaID: String? = nil, hotspots: Int = 3) -> ReadabilityReport {
        let formula = formulaID.flatMap(ReadabilityFormulas.formula(id:)) ?? defaultFormula
        return report(for: blocks, formula: formula, hotspots: hotspots)
    }

    /// The report under `formula`, with the `hotspots` hardest sentences.
    public func report(for blocks: [ProseBlock], formula: any ReadabilityFormula, hotspots: Int = 3) -> ReadabilityReport {
        var accumulator = SentenceAccumulator(counter: counter, ranking: HotspotRanking(formula: formula, limit: hotspots))
        for (index, block) in blocks.enumerated() {
            measure(block, index: index, into: &accumulator)
        }
        let total = accumulator.total
        let score = total.words > 0 && total.sentences > 0 ? formula.score(total) : nil
        return ReadabilityReport(
            formulaID: formula.id, formulaName: formula.displayName, languageTag: languageTag,
            direction: formula.direction, score: score, band: score.flatMap { formula.band(for: $0)?.meaning },
            statistics: total, hardestSentences: accumulator.ranking?.sentences(in: blocks) ?? [])
    }
}
