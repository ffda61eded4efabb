import Foundation

/// Keeps published channels in memory (`serve`, tests).
public final class MemoryChannelWriter: ChannelWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: [OutputFile]] = [:]

    public init() {}

    public func stage(channel: String) -> any ChannelStaging {
        MemoryChannelStaging { [self] files in lock.withLock { storage[channel] = files } }
    }

    /// The files last published for `channel`, by path.
    public func files(of channel: String) -> [String: OutputFile] {
        lock.withLock { Dictionary((storage[channel] ?? []).map { ($0.path, $0) }, uniquingKeysWith: { $1 }) }
    }
}

/// Collects one channel's files in memory; `commit` hands them, sorted by path, to `onCommit`.
final class MemoryChannelStaging: ChannelStaging, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []
    private let onCommit: @Sendable ([OutputFile]) -> Void

    init(onCommit: @escaping @Sendable ([OutputFile]) -> Void = { _ in }) {
        self.onCommit = onCommit
    }

    func write(_ file: OutputFile) {
        lock.withLock { collected.append(file) }
    }

    /// Everything written so far, sorted by path.
    var files: [OutputFile] {
        lock.withLock { collected }.sorted { $0.path < $1.path }
    }

    func commit() throws {
        onCommit(files)
    }

    func discard() {
        lock.withLock { collected = [] }
    }
}
