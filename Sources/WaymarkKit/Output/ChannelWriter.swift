import Foundation

/// Where a finished channel goes. The build hands over a channel's whole file
/// set at once, so a writer can publish it atomically (disk) or keep it
/// (memory, for `serve` and tests).
public protocol ChannelWriter: Sendable {
    func publish(channel: String, files: [OutputFile]) throws
}

/// Keeps published channels in memory.
public final class MemoryChannelWriter: ChannelWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: [OutputFile]] = [:]

    public init() {}

    public func publish(channel: String, files: [OutputFile]) throws {
        lock.withLock { storage[channel] = files }
    }

    /// The files last published for `channel`, by path.
    public func files(of channel: String) -> [String: OutputFile] {
        lock.withLock { Dictionary((storage[channel] ?? []).map { ($0.path, $0) }, uniquingKeysWith: { $1 }) }
    }
}
