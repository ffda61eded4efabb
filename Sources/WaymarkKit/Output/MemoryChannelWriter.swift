import Foundation

/// Keeps published channels in memory (`serve`, tests).
public final class MemoryChannelWriter: ChannelWriter, Sendable {
    private let storage = Locked<[String: [OutputFile]]>([:])

    public init() {}

    public func stage(channel: String) -> any ChannelStaging {
        MemoryChannelStaging { [storage] files in storage.withLock { $0[channel] = files } }
    }

    /// The files last published for `channel`, by path.
    public func files(of channel: String) -> [String: OutputFile] {
        storage.withLock { Dictionary(($0[channel] ?? []).map { ($0.path, $0) }, uniquingKeysWith: { $1 }) }
    }
}

/// Collects one channel's files in memory; `commit` hands them, sorted by path, to `onCommit`.
final class MemoryChannelStaging: ChannelStaging, Sendable {
    private let collected = Locked<[OutputFile]>([])
    private let onCommit: @Sendable ([OutputFile]) -> Void

    init(onCommit: @escaping @Sendable ([OutputFile]) -> Void = { _ in }) {
        self.onCommit = onCommit
    }

    func write(_ file: OutputFile) {
        collected.withLock { $0.append(file) }
    }

    /// Everything written so far, sorted by path.
    var files: [OutputFile] {
        collected.withLock { $0 }.sorted { $0.path < $1.path }
    }

    func commit() throws {
        onCommit(files)
    }

    func discard() {
        collected.withLock { $0 = [] }
    }
}
