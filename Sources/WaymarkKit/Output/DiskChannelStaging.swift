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
final class DiskChannelStaging: ChannelStaging, @unchecked Sendable {
    let root: String
    private let target: String
    private let previous: String
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var failure: String?
    private var finished = false

    init(root: String, target: String, previous: String) {
        self.root = root
        self.target = target
        self.previous = previous
    }

    /// Records the first problem; later writes are skipped and `commit` throws it.
    func fail(_ message: String) {
        lock.withLock { if failure == nil { failure = message } }
    }

    func write(_ file: OutputFile) {
        guard lock.withLock({ failure == nil && !finished }) else { return }
        let folder = ChannelPath.directory(of: file.path)
        do {
            if !lock.withLock({ folders.contains(folder) }) {
                try FileTree.makeDirectories(folder, under: root)
                _ = lock.withLock { folders.insert(folder) }
            }
            try FileTree.writeFile(root + "/" + file.path, file.contents)
        } catch {
            fail("\(file.path): \(error.localizedDescription)")
        }
    }

    func commit() throws {
        let problem: String? = lock.withLock {
            finished = true
            return failure
        }
        if let problem {
            FileTree.remove(root)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot write \(problem)"])
        }
        PublishTestHook.reached(.staged)
        try ChannelSwap.install(root, at: target, previous: previous)
    }

    func discard() {
        lock.withLock { finished = true }
        FileTree.remove(root)
    }
}
