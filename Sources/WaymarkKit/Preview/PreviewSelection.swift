/// What `serve` previews: one channel, and optionally one locale besides the
/// source locale. Only that is rebuilt after a change.
public struct PreviewSelection: Sendable, Hashable {
    /// Channel name; nil means the first `html` channel of `waymark.yaml`.
    public var channel: String?
    /// One target locale; nil builds every locale of the channel.
    public var locale: String?

    public init(channel: String? = nil, locale: String? = nil) {
        self.channel = channel
        self.locale = locale
    }
}
