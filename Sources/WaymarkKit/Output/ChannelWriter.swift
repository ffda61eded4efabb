import Foundation

/// Where finished channels go (disk, or memory for `serve` and tests). A build
/// opens one `ChannelStaging` per channel, streams each rendered file into it as
/// soon as it exists, and commits it (manifest last) only when the channel is
/// complete and may be published; nothing of a discarded channel is ever visible.
public protocol ChannelWriter: Sendable {
    /// A fresh, empty staging area for `channel`. Never fails: a staging area that
    /// cannot be created reports that from `commit`.
    func stage(channel: String) -> any ChannelStaging
}

/// One channel being written. `write` is called from many threads at once,
/// once per path; the first failure is kept and `commit` throws it.
public protocol ChannelStaging: AnyObject, Sendable {
    /// Writes one file of the channel (not yet visible as the channel).
    func write(_ file: OutputFile)
    /// `write(_:)` of a file whose SHA-256 (`Manifest.sha256Hex`) the caller already has, and
    /// which cache entry it came from (nil: none), for a later build's `keep`.
    func write(_ file: OutputFile, sha256: String, origin: FileOrigin?)
    /// Counts the file at `path` as written when the staging area already holds it as rendered
    /// from the cache entry `key` (its recorded state vouches for it): its size, digest and note.
    /// Nil: render or read it and `write` it.
    func keep(_ path: String, key: String) -> KeptFile?
    /// Makes everything written so far the channel, in one atomic step.
    func commit() throws
    /// Throws away everything written; the previous channel stays as it was.
    func discard()
}

/// The page-cache entry a file was rendered from: its key (hex) and the note stored beside the file.
public struct FileOrigin: Sendable, Equatable {
    public var key: String
    public var note: String
}

/// A file a staging area already holds (`ChannelStaging.keep`).
public struct KeptFile: Sendable, Equatable {
    public var bytes: Int
    public var sha256: String
    public var note: String
}

extension ChannelStaging {
    public func write(_ file: OutputFile, sha256: String, origin: FileOrigin?) {
        write(file)
    }

    public func keep(_ path: String, key: String) -> KeptFile? {
        nil
    }
}

extension ChannelWriter {
    /// Publishes a whole file set at once (tests, small callers): stage, write, commit.
    public func publish(channel: String, files: [OutputFile]) throws {
        let staging = stage(channel: channel)
        for file in files { staging.write(file) }
        try staging.commit()
    }
}

/// A value behind an `NSLock`: the one shared box the writers use for state that
/// render threads update (`Mutex` needs macOS 15; the package supports macOS 13).
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try lock.withLock { try body(&value) }
    }
}
