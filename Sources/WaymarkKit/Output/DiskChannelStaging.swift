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
/// byte (its state, else its manifest, gives the size to try) is hard-linked from there instead
/// (`FileTree.linkIfIdentical`). No existing inode is ever written into. When the
/// channel is complete, what the new output no longer has is removed from the
/// back buffer (`FileTree.prune`) before the swap.
///
/// With the `GenerationState` the build before last wrote for the back buffer,
/// a file whose stamp still shows the recorded bytes is compared by digest, not
/// read; a page file rendered from the same cache key is not even rendered or
/// read from the cache (`keep`); a file the published channel's state vouches
/// for is linked without being read; and only the folders whose stamp changed
/// are walked for what the new output no longer has. Everything else is checked
/// as above. After the swap the new generation's state is written for the build
/// after next.
final class DiskChannelStaging: ChannelStaging, Sendable {
    let root: String
    private let target: String
    private let previous: String
    /// Where the swapped-out generation is kept for the next build (`Build/.back-<channel>`).
    private let back: String
    /// True when `root` is a reused back buffer rather than a new, empty folder.
    private let reused: Bool
    /// Path -> size of each file the published channel holds (its state's, else its manifest's).
    private let published: [String: Int]
    /// What the back buffer held when it was swapped in (nil: unknown, check everything),
    /// and its recorded folders that may hold other entries now (walked when pruning).
    private let backState: GenerationState?
    private let untrustedFolders: Set<String>
    /// What the published channel held when it was swapped in (links without reading).
    private let publishedState: GenerationState?
    /// Where the states of the published channel and of the back buffer are kept.
    private let statePaths: (published: String, back: String)?
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
        /// Every file written, kept or linked, as the new generation's state records it.
        var recorded: [String: GenerationState.File] = [:]
    }
    private let state: Locked<State>

    init(root: String, target: String, previous: String, back: String, reused: Bool,
         statePaths: (published: String, back: String)? = nil, racyWindow: Int64 = GenerationState.defaultRacyWindow) {
        self.root = root
        self.target = target
        self.previous = previous
        self.back = back
        self.reused = reused
        self.statePaths = statePaths
        // Read before the first write: the folder stamps must be the ones the state can vouch for.
        let backState = reused ? statePaths.flatMap { GenerationState.read($0.back, describing: root, racyWindow: racyWindow) } : nil
        self.backState = backState
        untrustedFolders = backState?.untrustedFolders(under: root) ?? []
        let publishedState = statePaths.flatMap { GenerationState.read($0.published, describing: target, racyWindow: racyWindow) }
        self.publishedState = publishedState
        // Which files may be linked from the published channel: its state knows, else its manifest hints.
        published = publishedState?.files.mapValues(\.bytes) ?? DiskChannelWriter.publishedSizes(target)
        // Sized for as many files as the published channel has (one more generation of the
        // same site, usually), so the sets are not rehashed under the lock while pages stream in;
        // a page has a folder of its own, so there are about as many folders as files.
        var state = State()
        state.files.reserveCapacity(published.count)
        state.recorded.reserveCapacity(published.count)
        state.folders.reserveCapacity(published.count)
        state.reserved.reserveCapacity(published.count)
        self.state = Locked(state)
    }

    /// Records the first problem; later writes are skipped and `commit` throws it.
    func fail(_ message: String) {
        state.withLock { if $0.failure == nil { $0.failure = message } }
    }

    func write(_ file: OutputFile) {
        write(file, sha256: Manifest.sha256Hex(file.contents), origin: nil)
    }

    func keep(_ path: String, key: String) -> KeptFile? {
        guard reused, let backState, let known = backState.files[path], let origin = known.origin, origin.key == key else { return nil }
        let folder = ChannelPath.directory(of: path)
        let reserved: (Bool, folderKnown: Bool) = state.withLock {
            guard $0.failure == nil && !$0.finished, !$0.reserved.contains(path), !$0.files.contains(path) else { return (false, false) }
            $0.files.insert(path)
            return (true, $0.folders.contains(folder))
        }
        guard reserved.0 else { return nil }
        // Its folder must be (made) a real folder like any written file's; then the stamp must vouch.
        if reserved.folderKnown || (try? makeFolder(folder)) != nil, let now = FileStamp.of(root + "/" + path), backState.holds(known, now: now) {
            state.withLock { $0.recorded[path] = GenerationState.File(bytes: known.bytes, sha256: known.sha256, stamp: now, origin: origin) }
            return KeptFile(bytes: known.bytes, sha256: known.sha256, note: origin.note)
        }
        // Not vouched for: given back, so that the caller writes it.
        _ = state.withLock { $0.files.remove(path) }
        return nil
    }

    func write(_ file: OutputFile, sha256: String, origin: FileOrigin?) {
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
            let recorded = { (stamp: FileStamp) in
                self.state.withLock { $0.recorded[file.path] = GenerationState.File(bytes: file.contents.count, sha256: sha256, stamp: stamp, origin: origin) }
            }
            if reused {
                if let backState, let known = backState.files[file.path], let now = FileStamp.of(path), backState.holds(known, now: now) {
                    // The stamp vouches for the recorded bytes: their digest says whether they are the new ones.
                    if known.bytes == file.contents.count, known.sha256 == sha256 { return recorded(now) }
                    unlink(path)
                } else if case .identical(let stamp) = FileTree.prepare(path, for: file.contents) {
                    return recorded(stamp)
                }
            }
            defer { PublishTestHook.reached(.fileStaged) }
            if published[file.path] == file.contents.count, state.withLock({ $0.links }) {
                let existing = target + "/" + file.path
                let outcome = if let known = publishedState?.files[file.path], known.sha256 == sha256, known.bytes == file.contents.count,
                                 let now = FileStamp.of(existing), publishedState!.holds(known, now: now) {
                    FileTree.linkTrusted(existing, to: path, expecting: now)
                } else {
                    FileTree.linkIfIdentical(existing, to: path, contents: file.contents)
                }
                switch outcome {
                case .linked(let stamp): return recorded(stamp)
                case .differs: break
                case .unsupported: state.withLock { $0.links = false }
                }
            }
            recorded(try FileTree.writeFile(path, file.contents))
        } catch {
            fail("\(file.path): \(error.localizedDescription)")
        }
    }

    /// Makes `folder` and its parents, each once; a name this build wrote a file at is refused.
    /// A folder the back buffer's state vouches for (recorded, and a real folder with its recorded
    /// stamp when staging began, as is every folder above it) is taken as made, with its parents,
    /// without a system call: a rebuild keeps some 60,000 page folders.
    private func makeFolder(_ folder: String) throws {
        let known: Bool = try state.withLock {
            if $0.folders.contains(folder) { return true }
            guard !$0.files.contains(folder) else { throw FileTree.Failure(path: folder, code: ENOTDIR) }
            if isVouched(folder) {
                var claimed: [String] = []
                var path = folder
                while !$0.folders.contains(path) {
                    // A name this build wrote a file at is refused by the usual way below.
                    guard !$0.files.contains(path), isVouched(path) else { claimed = []; break }
                    claimed.append(path)
                    path = ChannelPath.directory(of: path)
                }
                if !claimed.isEmpty {
                    for path in claimed {
                        $0.reserved.insert(path)
                        $0.folders.insert(path)
                    }
                    return true
                }
            }
            $0.reserved.insert(folder)
            return false
        }
        guard !known else { return }
        try makeFolder(ChannelPath.directory(of: folder))
        try FileTree.makeRealDirectory(root + "/" + folder)
        _ = state.withLock { $0.folders.insert(folder) }
    }

    /// Whether the back buffer's state vouches that `folder` is a real folder (see `makeFolder`).
    private func isVouched(_ folder: String) -> Bool {
        guard reused, let backState, !folder.isEmpty else { return false }
        return backState.folders[folder] != nil && !untrustedFolders.contains(folder)
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
        if reused {
            if let backState { prune(knowing: backState, files: files, folders: folders) } else { FileTree.prune(root, keepingFiles: files, folders: folders) }
        }
        let generation = statePaths == nil ? nil : newState(folders: folders)
        PublishTestHook.reached(.staged)
        try ChannelSwap.install(root, at: target, previous: previous, back: back)
        if let statePaths, let generation {
            // The published generation is the back buffer now, and its state (read when staging began) goes with it.
            if var swappedOut = publishedState {
                swappedOut.sharing(generation)
                swappedOut.write(to: statePaths.back)
            } else {
                unlink(statePaths.back)
            }
            generation.write(to: statePaths.published)
        }
    }

    /// Removes from the back buffer what the new output no longer has, walking only the
    /// folders `backState` cannot vouch for: a recorded file or folder that is not written
    /// again is removed by name where its folder is vouched for; a folder that is not is
    /// pruned by a walk (`FileTree.prune`), which follows no link.
    private func prune(knowing backState: GenerationState, files: Set<String>, folders: Set<String>) {
        let vouched = { (folder: String) in backState.folders[folder] != nil && !self.untrustedFolders.contains(folder) && folders.contains(folder) }
        // The root's entries are listed every time (the state cannot vouch for them: see `GenerationState`).
        FileTree.forEachEntry(of: root) { name, isFolder, descriptor in
            if isFolder {
                if !folders.contains(name) { FileTree.remove(root + "/" + name) }
            } else if !files.contains(name) {
                unlinkat(descriptor, name, 0)
            }
        }
        for path in backState.files.keys where !files.contains(path) && !folders.contains(path) && vouched(ChannelPath.directory(of: path)) {
            unlink(root + "/" + path)
        }
        for folder in backState.folders.keys where !folder.isEmpty && !folders.contains(folder) && vouched(ChannelPath.directory(of: folder)) {
            FileTree.remove(root + "/" + folder)
        }
        // The topmost folders that need a walk; below them, the walk covers everything.
        let walks = untrustedFolders.filter { folders.contains($0) && vouched(ChannelPath.directory(of: $0)) }
        // A folder the state does not list, in a folder it vouched for before this build began, was
        // made by this build and holds only what was written; in the root, someone may have made it.
        let unlistedInRoot = folders.filter { !$0.isEmpty && !$0.contains("/") && backState.folders[$0] == nil }
        for folder in walks.union(unlistedInRoot).sorted() { FileTree.prune(root, below: folder, keepingFiles: files, folders: folders) }
    }

    /// The state of the staged generation: every file as written or kept, every folder's stamp now.
    private func newState(folders: Set<String>) -> GenerationState? {
        guard let rootStamp = FileStamp.of(root) else { return nil }
        let recorded = state.withLock { $0.recorded }
        let paths = Array(folders)
        let stamps = paths.parallelMap { path in path.isEmpty ? rootStamp : FileStamp.of(root + "/" + path) }
        var folderStamps = [String: FileStamp](minimumCapacity: paths.count)
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp else { return nil }
            folderStamps[path] = stamp
        }
        return GenerationState(rootInode: rootStamp.inode, recordedAt: FileStamp.now(), files: recorded, folders: folderStamps)
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
