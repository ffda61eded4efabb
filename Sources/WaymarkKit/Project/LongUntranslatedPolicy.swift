/// When a segment untranslated in every target locale is reported
/// (`long-untranslated`): after it stayed so through more than `syncs` syncs
/// that changed the catalogs, or for more than `days` days. Off unless
/// `waymark.yaml` has `long-untranslated:`.
public struct LongUntranslatedPolicy: Sendable, Hashable, Codable {
    public var syncs: Int?
    public var days: Int?

    public init(syncs: Int? = nil, days: Int? = nil) {
        self.syncs = syncs
        self.days = days
    }
}
