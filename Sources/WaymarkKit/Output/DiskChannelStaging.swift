#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One channel's staging folder on disk. Files arrive from many render threads;
/// each is written with one `open`/`write`/`close` (no fsync per file: the swap
/// that publishes the channel is what must be atomic, not each file), and each
/// folder is created once. A file the published channel already holds byte for
/// byte (same path; its manifest says the size) is hard-linked from there
/// instead (`FileTree.linkIfIdentical`), so an unchanged file costs neither a
/// write nor, when the old channel is deleted, freeing its blocks. Nothing is
/// kept in memory but the folders made.
final class DiskChannelStaging: ChannelStaging, Sendable {
    let root: String
    private let target: String
    private let previous: String
    /// Path -> size of each file the published channel's manifest lists.
    private let published: [String: Int]
    private struct State {
        var folders: Set<String> = [""]
        var failure: String?
        var finished = false
        /// Cleared when the file system refuses a hard link: every later file is written.
        var links = true
    }
    private let state = Locked(State())

    init(root: String, target: String, previous: String, published: [String: Int] = [:]) {
        self.root = root
        self.target = target
        self.previous = previous
        self.published = published
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
            let path = root + "/" + file.path
            if published[file.path] == file.contents.count, state.withLock({ $0.links }) {
                switch FileTree.linkIfIdentical(target + "/" + file.path, to: path, contents: file.contents) {
                case .linked: return
                case .differs: break
                case .unsupported: state.withLock { $0.links = false }
                }
            }
            try FileTree.writeFile(path, file.contents)
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
