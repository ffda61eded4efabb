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
        // Neighbours mostly share a path (a stage reports file by file): compare with the
        // previous one before hashing, so each run of a path is looked up once.
        var seen: [String: Int] = [:]
        var ids: [Int] = []
        ids.reserveCapacity(count)
        var previous: (path: String, id: Int)? = nil
        for diagnostic in self {
            let path = diagnostic.location.path
            if let previous, previous.path == path { ids.append(previous.id); continue }
            let id = seen[path] ?? seen.count
            seen[path] = id
            ids.append(id)
            previous = (path, id)
        }
        var rankOfID = [Int](repeating: 0, count: seen.count)
        for (rank, path) in seen.sorted(by: { $0.key < $1.key }).enumerated() { rankOfID[path.value] = rank }
        let places = indices.map { (rankOfID[ids[$0]], self[$0].location.line, self[$0].location.column) }
        let order = indices.sorted { first, second in
            let (a, b) = (places[first], places[second])
            if a != b { return a < b }
            return self[first] < self[second]
        }
        return order.map { self[$0] }
    }

    /// `sortedByPlace()` with each diagnostic once (two stages may report the same
    /// finding). Equal diagnostics sort next to each other (same place, rule and
    /// message), so each is compared with its run of neighbours instead of every
    /// diagnostic being hashed into a set; the first of equal ones is kept.
    public func uniqueSortedByPlace() -> [Diagnostic] {
        var kept: [Diagnostic] = []
        kept.reserveCapacity(count)
        var run = 0
        for diagnostic in sortedByPlace() {
            if let last = kept.last, !(last < diagnostic) {
                if kept[run...].contains(diagnostic) { continue }
            } else {
                run = kept.count
            }
            kept.append(diagnostic)
        }
        return kept
    }
}

/// A diagnostic can be the failure of a `Result` while loading a file.
extension Diagnostic: Error {}
