/// How much the preview server holds open at once. FlyingFox has no
/// connection limit of its own, so these are enforced by `BoundedSocketPool`
/// (sockets waiting for the next request) and `PreviewState` (reload streams).
public struct PreviewLimits: Sendable {
    /// Connections waiting for a request at one time; past this the longest-waiting one is closed.
    public var idleConnections: Int
    /// A connection that sends nothing for this long is closed.
    public var idleTimeout: Duration
    /// A peer that reads nothing of a response for this long is closed.
    public var writeTimeout: Duration
    /// Open reload streams (one per open page); more get 503 and retry.
    public var eventStreams: Int

    public init(idleConnections: Int = 256, idleTimeout: Duration = .seconds(15), writeTimeout: Duration = .seconds(10), eventStreams: Int = 64) {
        self.idleConnections = idleConnections
        self.idleTimeout = idleTimeout
        self.writeTimeout = writeTimeout
        self.eventStreams = eventStreams
    }
}
