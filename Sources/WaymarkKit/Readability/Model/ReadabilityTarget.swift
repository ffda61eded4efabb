/// A reading-level target from an audience in `waymark.yaml` (SPEC §3): one formula with
/// an optional minimum and maximum score.
public struct ReadabilityTarget: Sendable, Hashable, Codable {
    /// The formula the bounds apply to.
    public var formulaID: String
    /// Lowest acceptable score (reading-ease scales), if any.
    public var min: Double?
    /// Highest acceptable score (grade and index scales), if any.
    public var max: Double?

    /// Creates a target.
    public init(formulaID: String, min: Double? = nil, max: Double? = nil) {
        self.formulaID = formulaID
        self.min = min
        self.max = max
    }

    /// Checks a report against the target. A text without words, or a report for another
    /// formula, cannot miss the target and passes with a note.
    public func evaluate(_ report: ReadabilityReport) -> ReadabilityCheck {
        guard report.formulaID == formulaID else {
            return ReadabilityCheck(target: self, score: nil, passed: true,
                                    message: "no \(formulaID) score for this text")
        }
        guard let score = report.score else {
            return ReadabilityCheck(target: self, score: nil, passed: true, message: "no prose to measure")
        }
        let shown = ReadabilityCheck.format(score)
        if let min, score < min {
            return ReadabilityCheck(target: self, score: score, passed: false,
                                    message: "\(report.formulaName) \(shown) is below the minimum \(ReadabilityCheck.format(min))")
        }
        if let max, score > max {
            return ReadabilityCheck(target: self, score: score, passed: false,
                                    message: "\(report.formulaName) \(shown) is above the maximum \(ReadabilityCheck.format(max))")
        }
        return ReadabilityCheck(target: self, score: score, passed: true,
                                message: "\(report.formulaName) \(shown) meets the target")
    }
}

/// The outcome of checking one report against one target.
public struct ReadabilityCheck: Sendable, Hashable, Codable {
    /// The target checked.
    public var target: ReadabilityTarget
    /// The score checked, if there was one.
    public var score: Double?
    /// Whether the target was met.
    public var passed: Bool
    /// One-line explanation, suitable for a `readability` diagnostic.
    public var message: String

    /// A score rounded to one decimal for messages ("7.4", "65").
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
