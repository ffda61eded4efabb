#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One channel's staging folder on disk. Files arrive from many render threads;
/// each is written with one `open`/`write`/`close` (no fsync per file: the swap
/// that publishes the channel is what must be atomic, not each file), and each
/// folder is created once. Nothing is kept in memory but the folders made.
final class DiskChannelStaging: ChannelStaging, Sendable {
    let root: String
    private let target: String
    private let previous: String
    private struct State {
        var folders: Set<String> = [""]
        var failure: String?
        var finished = false
    }
    private let state = Locked(State())

    init(root: String, target: String, previous: String) {
        self.root = root
        self.target = target
        self.previous = previous
    }

    /// Records the first problem; later writes are skipped and `commit` throws it.
    func fail(_ message: String) {
        state.withLock { if $0.failure == nil { $0.failure = message } }
    }

    func write(_ file: OutputFile) {
        guard state.withLock({ $0.failure == nil && !$0.finished }) else { return }
        let folder = ChannelPath.directory(of: file.path)
        do {
            if !state.withLock({ $0.folders.contains(folder) }) {
                try FileTree.makeDirectories(folder, under: root)
                _ = state.withLock { $0.folders.insert(folder) }
            }
            try FileTree.writeFile(root + "/" + file.path, file.contents)
        } catch {
            fail("\(file.path): \(error.localizedDescription)")
        }
    }

    func commit() throws {
        let problem: String? = state.withLock {
            $0.finished = true
            return $0.failure
        }
        if let problem {
            FileTree.remove(root)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot write \(problem)"])
        }
        PublishTestHook.reached(.staged)
        try ChannelSwap.install(root, at: target, previous: previous)
    }

    func discard() {
        state.withLock { $0.finished = true }
        FileTree.remove(root)
    }
}
