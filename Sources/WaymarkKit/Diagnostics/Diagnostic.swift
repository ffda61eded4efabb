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
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// `sorted()`, in the same stable order, by sorting positions and copying
    /// each diagnostic once: a preview of a partly translated corpus carries
    /// tens of thousands of warnings, and moving whole diagnostics through the
    /// merge sort's buffers cost more than comparing them. Places compare as
    /// integers first (each distinct path ranked once), since most warnings
    /// share a few paths whose equal bytes `<` would otherwise read each time.
    public func sortedByPlace() -> [Diagnostic] {
        let paths = Set(map(\.location.path)).sorted()
        let rank = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        let places = map { (rank[$0.location.path] ?? 0, $0.location.line, $0.location.column) }
        let order = indices.sorted { first, second in
            let (a, b) = (places[first], places[second])
            if a != b { return a < b }
            return self[first] < self[second]
        }
        return order.map { self[$0] }
    }
}

/// A diagnostic can be the failure of a `Result` while loading a file.
extension Diagnostic: Error {}
