/// A published readability formula: a pure function of `TextStatistics`.
///
/// Each formula is a small type; `ReadabilityFormulas` lists them and maps languages to
/// their default. Coefficients and citations are in `docs/readability.md`.
public protocol ReadabilityFormula: Sendable {
    /// Stable id used in `waymark.yaml` and JSON output, e.g. `flesch-kincaid-grade`.
    var id: String { get }
    /// Human-readable name, e.g. "Flesch-Kincaid grade".
    var displayName: String { get }
    /// Primary language subtags the formula was built for, e.g. `["en"]`.
    var languages: [String] { get }
    /// Whether a higher score means easier text.
    var direction: ScoreDirection { get }
    /// What ranges of the score mean, from the lowest range to the highest.
    var bands: [ScaleBand] { get }
    /// The score for the given counts; callers guarantee `words > 0` and `sentences > 0`.
    func score(_ statistics: TextStatistics) -> Double
}

/// Which way a formula's scale runs.
public enum ScoreDirection: String, Sendable, Codable {
    /// Reading-ease scales: a higher score is easier (Flesch, Fernández-Huerta, Gulpease).
    case higherIsEasier
    /// Grade and index scales: a lower score is easier (Flesch-Kincaid, LIX, WSTF).
    case lowerIsEasier
}

/// One range of a formula's scale and what it means for a reader.
public struct ScaleBand: Sendable, Hashable, Codable {
    /// Inclusive lower bound, or nil for "no lower bound".
    public var lowerBound: Double?
    /// Exclusive upper bound, or nil for "no upper bound".
    public var upperBound: Double?
    /// Meaning, e.g. "fairly easy: age 12-13 (US grade 7)".
    public var meaning: String

    /// Creates a band covering `lowerBound ..< upperBound`.
    public init(_ lowerBound: Double?, _ upperBound: Double?, _ meaning: String) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.meaning = meaning
    }

    /// Whether `score` falls inside this band.
    public func contains(_ score: Double) -> Bool {
        (lowerBound.map { score >= $0 } ?? true) && (upperBound.map { score < $0 } ?? true)
    }
}

extension ReadabilityFormula {
    /// The band a score falls in, if any.
    public func band(for score: Double) -> ScaleBand? {
        bands.first { $0.contains(score) }
    }
}

/// The seven Flesch-style reading-ease bands (Flesch 1948), shared by the Flesch
/// adaptations whose authors kept Flesch's 0-100 scale.
enum FleschBands {
    /// Flesch's table of reading ease to style and US school grade.
    static let readingEase: [ScaleBand] = [
        ScaleBand(nil, 30, "very difficult: college graduate"),
        ScaleBand(30, 50, "difficult: college (US grade 13-16)"),
        ScaleBand(50, 60, "fairly difficult: US grade 10-12, age 15-18"),
        ScaleBand(60, 70, "standard: US grade 8-9, age 13-15"),
        ScaleBand(70, 80, "fairly easy: US grade 7, age 12-13"),
        ScaleBand(80, 90, "easy: US grade 6, age 11-12"),
        ScaleBand(90, nil, "very easy: US grade 5, age 10-11"),
    ]
}
