/// A reader group (`audiences:` in `waymark.yaml`) and the reading level its
/// pages must meet, per locale (SPEC §3, §7).
public struct AudienceConfiguration: Sendable, Hashable {
    public var name: String
    /// Targets by locale tag; a locale without an entry has no target.
    public var readability: [String: [ReadabilityTarget]]

    public init(name: String, readability: [String: [ReadabilityTarget]] = [:]) {
        self.name = name
        self.readability = readability
    }
}
