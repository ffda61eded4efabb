import Foundation

/// The stream a renderer writes one channel into. Each file goes straight on to
/// the writer's staging area (or nowhere, for `check`); only its manifest entry
/// (path, size, SHA-256) stays in memory, so memory follows the largest page.
final class ChannelOutput: Sendable {
    private let staging: (any ChannelStaging)?
    private let entries = Locked<[Manifest.Entry]>([])

    /// `staging` nil: render for the diagnostics only and keep nothing.
    init(_ staging: (any ChannelStaging)?) {
        self.staging = staging
    }

    /// Passes `file` on; thread-safe. `sha256`: its digest when the caller already has it
    /// (a verified cache entry stores it), so the file is not hashed again.
    /// `origin`: the page-cache entry it came from, which the staging area records.
    func emit(_ file: OutputFile, sha256: String? = nil, origin: FileOrigin? = nil) {
        guard let staging else { return }
        let entry = sha256.map { Manifest.Entry(file, sha256: $0) } ?? Manifest.Entry(file)
        staging.write(file, sha256: entry.sha256, origin: origin)
        entries.withLock { $0.append(entry) }
    }

    /// Counts the file at `path` as emitted, without its bytes, when the staging area already
    /// holds it as rendered from cache entry `key` (`ChannelStaging.keep`); nil: emit it.
    func keep(_ path: String, key: String) -> KeptFile? {
        guard let staging, let kept = staging.keep(path, key: key) else { return nil }
        entries.withLock { $0.append(Manifest.Entry(path: path, bytes: kept.bytes, sha256: kept.sha256)) }
        return kept
    }

    /// Passes a UTF-8 text file on.
    func emit(path: String, text: String) {
        emit(OutputFile(path: path, text: text))
    }

    /// Entries of every file emitted so far, sorted by path.
    var manifestEntries: [Manifest.Entry] {
        entries.withLock { $0 }.sorted { $0.path < $1.path }
    }
}
