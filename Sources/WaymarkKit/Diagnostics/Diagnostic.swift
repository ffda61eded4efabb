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

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation,
        rule ruleID: String,
        notes: [String] = [],
        related: [RelatedLocation] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.ruleID = ruleID
        self.notes = notes
        self.related = related
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(ruleID)]"
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, then rule, so output is stable across runs.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.ruleID, lhs.message) < (rhs.location, rhs.ruleID, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// A diagnostic can be the failure of a `Result` while loading a file.
extension Diagnostic: Error {}
