/// One finding about the project: where it is, how serious, what is wrong and
/// which rule found it. Printed as `path:line:col: severity: message [rule-id]`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var ruleID: String
    /// Extra lines shown under the diagnostic (e.g. the previous source of a fuzzy entry).
    public var notes: [String]
    /// Other places the diagnostic is about, each with its own location (printed after `notes`).
    public var related: [RelatedLocation]
    /// The span the diagnostic is about (half-open, in `location.path`), when the
    /// producer knows both ends: text output underlines it, JSON, GitHub and SARIF
    /// carry its end. It usually starts at `location`; nil for a bare point.
    public var range: Range<SourceLocation>?
    /// Structured fixes ("did you mean"), each with its replacements; `check --fix` applies the safe ones.
    public var suggestions: [Suggestion]

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation,
        rule ruleID: String,
        notes: [String] = [],
        related: [RelatedLocation] = [],
        range: Range<SourceLocation>? = nil,
        suggestions: [Suggestion] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.ruleID = ruleID
        self.notes = notes
        self.related = related
        self.range = range
        self.suggestions = suggestions
    }

    /// Where machine formats place the diagnostic: the range, or the point.
    var span: Range<SourceLocation> { range ?? location..<location }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(ruleID)]"
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, then rule, so output is stable across runs.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        // Field by field, not as tuples, which copied both diagnostics' fields on every comparison.
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool {
        // By index: a closure over the elements would copy each diagnostic to read one field.
        indices.contains { self[$0].severity == .error }
    }

    /// Number of errors among the diagnostics.
    public var errorCount: Int {
        indices.reduce(0) { $0 + (self[$1].severity == .error ? 1 : 0) }
    }
}

/// A diagnostic can be the failure of a `Result` while loading a file.
extension Diagnostic: Error {}
