/// A structured fix for a diagnostic, like swift-docc's `Solution`: what to do
/// in a few words ("did you mean 'channels'?") and the edits that do it.
/// `check --fix` applies only safe suggestions (one obvious reading, no
/// judgement needed); text output shows every suggestion, SARIF carries them
/// as `fixes`.
public struct Suggestion: Sendable, Hashable, Codable {
    /// A short imperative or question, printed after `suggestion:`.
    public var summary: String
    /// The text edits, each in one file; together they fix the problem.
    public var replacements: [Replacement]
    /// True when `check --fix` may apply it without a person looking.
    public var isSafe: Bool

    public init(_ summary: String, replacements: [Replacement], isSafe: Bool = false) {
        self.summary = summary
        self.replacements = replacements
        self.isSafe = isSafe
    }
}

/// Replace the text in `range` (half-open, both ends in one file) with `text`;
/// an empty range inserts. Columns count UTF-8 bytes, as every producer's do.
public struct Replacement: Sendable, Hashable, Codable {
    public var range: Range<SourceLocation>
    public var text: String
    /// The text the range must hold for `check --fix` to apply the edit (nil: not checked),
    /// so a miscounted column can never overwrite the wrong bytes.
    public var expected: String?

    public init(_ range: Range<SourceLocation>, with text: String, expecting expected: String? = nil) {
        self.range = range
        self.text = text
        self.expected = expected
    }
}
