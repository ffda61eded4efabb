/// A second place a diagnostic is about, with what is there: the other
/// translation of an `inconsistent` source, the other source of a
/// `reused-translation`. Text output prints it as a note with its own
/// `path:line:col`; SARIF as a related location; JSON as `related`.
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `path:line:col: message`, as notes print it.
    public var description: String { "\(location): \(message)" }
}
