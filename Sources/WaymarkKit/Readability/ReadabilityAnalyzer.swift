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
    /// Input larger than this many UTF-8 bytes is measured on every core, in consecutive
    /// runs of blocks whose counts and hotspots are then merged. Smaller input (any single
    /// page) stays on one thread: starting threads would cost more than it saves.
    public var parallelThresholdBytes = 256 * 1024

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
        accumulate(blocks, hotspotFormula: nil, hotspots: 0).total
    }

    /// The report under the formula with `formulaID`, or the language default when the id
    /// is nil or unknown (config validation rejects unknown ids before this point).
    public func report(for blocks: [ProseBlock], formulaID: String? = nil, hotspots: Int = 3) -> ReadabilityReport {
        let formula = formulaID.flatMap(ReadabilityFormulas.formula(id:)) ?? defaultFormula
        return report(for: blocks, formula: formula, hotspots: hotspots)
    }

    /// The report under `formula`, with the `hotspots` hardest sentences.
    public func report(for blocks: [ProseBlock], formula: any ReadabilityFormula, hotspots: Int = 3) -> ReadabilityReport {
        let (total, ranking) = accumulate(blocks, hotspotFormula: formula, hotspots: hotspots)
        let score = total.words > 0 && total.sentences > 0 ? formula.score(total) : nil
        return ReadabilityReport(
            formulaID: formula.id, formulaName: formula.displayName, languageTag: languageTag,
            direction: formula.direction, score: score, band: score.flatMap { formula.band(for: $0)?.meaning },
            statistics: total, hardestSentences: ranking?.sentences(in: blocks) ?? [])
    }

    /// Counts (and, with a formula, hotspots) of the blocks: one run on this thread, or
    /// one run per core over consecutive blocks when the input is large, merged in order so
    /// the result is the same either way.
    private func accumulate(
        _ blocks: [ProseBlock], hotspotFormula: (any ReadabilityFormula)?, hotspots: Int
    ) -> (total: TextStatistics, ranking: HotspotRanking?) {
        let runs = Self.runs(of: blocks, parallelThresholdBytes: parallelThresholdBytes)
        let parts = runs.parallelMap { run in
            var accumulator = SentenceAccumulator(
                counter: counter, ranking: hotspotFormula.map { HotspotRanking(formula: $0, limit: hotspots) })
            for index in run { measure(blocks[index], index: index, into: &accumulator) }
            return (total: accumulator.total, ranking: accumulator.ranking)
        }
        var total = TextStatistics.empty
        var ranking = hotspotFormula.map { HotspotRanking(formula: $0, limit: hotspots) }
        for part in parts {
            total.add(part.total)
            if let other = part.ranking { ranking?.absorb(other) }
        }
        return (total, ranking)
    }

    /// Consecutive runs of block indices with about equal bytes, one per core, or a single
    /// run when the blocks hold fewer than `parallelThresholdBytes` bytes.
    static func runs(of blocks: [ProseBlock], parallelThresholdBytes: Int) -> [Range<Int>] {
        let sizes = blocks.map(\.text.utf8.count)
        let totalBytes = sizes.reduce(0, +)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard totalBytes > parallelThresholdBytes, cores > 1, blocks.count > 1 else { return [0..<blocks.count] }
        let share = (totalBytes + cores - 1) / cores
        var runs: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, size) in sizes.enumerated() {
            bytes += size
            if bytes >= share, index + 1 < blocks.count {
                runs.append(start..<index + 1)
                start = index + 1
                bytes = 0
            }
        }
        runs.append(start..<blocks.count)
        return runs
    }
}
