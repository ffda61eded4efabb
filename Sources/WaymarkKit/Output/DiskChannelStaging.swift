#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One channel's staging folder on disk: a fresh folder, or the channel's back
/// buffer (the generation published before the current one, `reused`). Files
/// arrive from many render threads; each is written with one `open`/`write`/
/// `close` (no fsync per file: the swap that publishes the channel is what must
/// be atomic, not each file), and each folder is made once. In a reused back
/// buffer an existing folder is kept, and a file that already reads exactly the
/// new bytes is left alone (`FileTree.prepare`); anything else there is removed
/// and created afresh. A new file the published channel already holds byte for
/// byte (its manifest gives the size to try) is hard-linked from there instead
/// (`FileTree.linkIfIdentical`). No existing inode is ever written into. When the
/// channel is complete, what the new output no longer has is removed from the
/// back buffer (`FileTree.prune`) before the swap.
final class DiskChannelStaging: ChannelStaging, Sendable {
    let root: String
    private let target: String
    private let previous: String
    /// Where the swapped-out generation is kept for the next build (`Build/.back-<channel>`).
    private let back: String
    /// True when `root` is a reused back buffer rather than a new, empty folder.
    private let reused: Bool
    /// Path -> size of each file the published channel's manifest lists.
    private let published: [String: Int]
    private struct State {
        /// Folders made or checked so far.
        var folders: Set<String> = [""]
        /// Folders some thread is making or has made: no file may take their name.
        var reserved: Set<String> = [""]
        /// Every file path written: no folder may take its name; the rest of a back buffer is pruned.
        var files: Set<String> = []
        var failure: String?
        var finished = false
        /// Cleared when the file system refuses a hard link: every later file is written.
        var links = true
    }
    private let state: Locked<State>

    init(root: String, target: String, previous: String, back: String, reused: Bool, published: [String: Int] = [:]) {
        self.root = root
        self.target = target
        self.previous = previous
        self.back = back
        self.reused = reused
        self.published = published
        // Sized for as many files as the published channel has (one more generation of the
        // same site, usually), so the sets are not rehashed under the lock while pages stream in.
        var state = State()
        state.files.reserveCapacity(published.count)
        state.folders.reserveCapacity(published.count / 2)
        state.reserved.reserveCapacity(published.count / 2)
        self.state = Locked(state)
    }

    /// Records the first problem; later writes are skipped and `commit` throws it.
    func fail(_ message: String) {
        state.withLock { if $0.failure == nil { $0.failure = message } }
    }

    func write(_ file: OutputFile) {
        let clash: Bool? = state.withLock {
            guard $0.failure == nil && !$0.finished else { return nil }
            guard !$0.reserved.contains(file.path) else { return true }
            $0.files.insert(file.path)
            return false
        }
        guard let clash else { return }
        do {
            if clash { throw FileTree.Failure(path: file.path, code: EISDIR) }
            try makeFolder(ChannelPath.directory(of: file.path))
            let path = root + "/" + file.path
            if reused, FileTree.prepare(path, for: file.contents) == .identical { return }
            defer { PublishTestHook.reached(.fileStaged) }
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

    /// Makes `folder` and its parents, each once; a name this build wrote a file at is refused.
    private func makeFolder(_ folder: String) throws {
        let known: Bool = try state.withLock {
            if $0.folders.contains(folder) { return true }
            guard !$0.files.contains(folder) else { throw FileTree.Failure(path: folder, code: ENOTDIR) }
            $0.reserved.insert(folder)
            return false
        }
        guard !known else { return }
        try makeFolder(ChannelPath.directory(of: folder))
        try FileTree.makeRealDirectory(root + "/" + folder)
        _ = state.withLock { $0.folders.insert(folder) }
    }

    func commit() throws {
        let (problem, files, folders): (String?, Set<String>, Set<String>) = state.withLock {
            $0.finished = true
            return ($0.failure, $0.files, $0.folders)
        }
        if let problem {
            release()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot write \(problem)"])
        }
        // Every path of the new output is known now: what else a back buffer holds goes.
        if reused { FileTree.prune(root, keepingFiles: files, folders: folders) }
        PublishTestHook.reached(.staged)
        try ChannelSwap.install(root, at: target, previous: previous, back: back)
    }

    func discard() {
        state.withLock { $0.finished = true }
        release()
    }

    /// Gives up the staging folder: a reused back buffer stays the back buffer
    /// (whatever this build changed in it is checked again next time); a new one is deleted.
    private func release() {
        if reused { ChannelSwap.keep(root, as: back) } else { FileTree.remove(root) }
    }
}
