#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What one generation of a channel folder held when the build that staged it
/// swapped it in: every file with its size, SHA-256 and stamp, and every folder
/// with its stamp. It is what lets the next build but one, staging into this
/// generation again as the back buffer, skip reading the files it would only
/// compare (`DiskChannelStaging`), the way git's index lets `git status` skip
/// files whose stamp is unchanged.
///
/// A stamp is trusted, never the name: a file counts as holding the recorded
/// bytes only while its size, times and inode are all the recorded ones (any
/// write, replacement or hard link moves its status-change time, which no tool
/// can set back), and only if it was last changed well before the state was
/// written (`racyWindow`, git's "racily clean" guard: a write in the same clock
/// tick as the stamp would leave it as it was). A folder counts as holding
/// exactly the recorded entries while its stamp is the recorded one (adding, removing or renaming an entry moves its modification
/// and status-change times; the root, which Waymark itself renames, is listed
/// by every build instead). Everything
/// else is compared or walked as if there were no state, and so is a state that
/// describes another folder (`rootInode`), is damaged or is missing.
struct GenerationState: Sendable {
    struct File: Sendable, Equatable {
        var bytes: Int
        /// `Manifest.sha256Hex` of the contents.
        var sha256: String
        var stamp: FileStamp
        /// The page-cache entry it was rendered from, if any: the same key gives the same bytes.
        var origin: FileOrigin? = nil
    }

    /// The inode of the generation's root folder: the state describes that folder only.
    var rootInode: UInt64
    /// When the state was taken (nanoseconds since 1970).
    var recordedAt: Int64
    /// Relative path -> file.
    var files: [String: File]
    /// Relative path -> stamp of every folder ("" is the root).
    var folders: [String: FileStamp]

    /// The first line of the file.
    static let magic = Data("waymark generation-state 3\n".utf8)

    /// A stamp changed this close to `recordedAt` (nanoseconds) is not trusted: 2 s, the
    /// coarsest file clock (FAT) Waymark meets, as `BuildJournal.racyWindow`. Tests of small
    /// projects, whose builds take less than that, set `WAYMARK_TEST_RACY_WINDOW_NS` (or
    /// `DiskChannelWriter.racyWindow`) so that what they build is trusted at all.
    static let defaultRacyWindow: Int64 = ProcessInfo.processInfo.environment["WAYMARK_TEST_RACY_WINDOW_NS"].flatMap { Int64($0) } ?? 2_000_000_000
    /// The window this reader applies (not stored: a reader's choice).
    var racyWindow: Int64 = GenerationState.defaultRacyWindow

    /// True when `file` at the generation's `path` still holds the recorded bytes: its current
    /// stamp `now` is the recorded one, and that was old enough when the state was taken.
    func holds(_ file: File, now: FileStamp) -> Bool {
        now == file.stamp && file.stamp.changed < recordedAt - racyWindow
    }

    /// True when the folder's current stamp `now` shows the recorded entries, and no others.
    /// Not asked of the root: every swap and claim renames it, which moves its status-change
    /// time, so its few entries are listed by every build instead (`DiskChannelStaging`).
    func listsEveryEntry(of folder: String, now: FileStamp) -> Bool {
        guard let recorded = folders[folder] else { return false }
        return now == recorded && recorded.changed < recordedAt - racyWindow
    }

    /// The recorded folders whose entries may differ from the recorded ones now: every one whose
    /// stamp changed, that is no real folder any more or that changed too close to the recording,
    /// and every folder below one of those (reached through it, it proves nothing). Never the root.
    func untrustedFolders(under root: String) -> Set<String> {
        let paths = folders.keys.filter { !$0.isEmpty }
        let changed = Set(paths.parallelMap { path -> String? in
            var info = stat()
            let full = root + "/" + path
            guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return path }
            return listsEveryEntry(of: path, now: FileStamp(info)) ? nil : path
        }.compactMap { $0 })
        guard !changed.isEmpty else { return [] }
        var untrusted = Set<String>()
        // Parents before children: a folder is untrusted when it changed or its parent is.
        for path in paths.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            if changed.contains(path) || untrusted.contains(ChannelPath.directory(of: path)) { untrusted.insert(path) }
        }
        return untrusted
    }

    /// Takes in what `newer`, the generation staged after this one, learnt of the files the
    /// two share: a file this build hard-linked from this generation (same path, same inode)
    /// holds `newer`'s bytes, and the link moved its status-change time, so without this every
    /// such file would be read again when this generation is staged into next. The recording
    /// time becomes now: every other stamp was already older than the old one.
    mutating func sharing(_ newer: GenerationState) {
        for (path, file) in files {
            guard let shared = newer.files[path], shared.stamp.inode == file.stamp.inode else { continue }
            files[path] = shared
        }
        recordedAt = FileStamp.now()
    }

    func encoded() -> Data {
        var writer = CacheWriter()
        writer.string(String(rootInode))
        writer.int(Int(recordedAt))
        func stamp(_ stamp: FileStamp) {
            writer.int(stamp.size)
            writer.int(Int(stamp.modified))
            writer.int(Int(stamp.changed))
            writer.string(String(stamp.inode))
        }
        writer.int(files.count)
        // In the dictionary's order, not sorted: the state holds stamps (times, inodes) and is
        // never the same twice anyway, and sorting 30,000 paths per channel was 2% of a rebuild.
        for (path, file) in files {
            writer.string(path)
            writer.int(file.bytes)
            writer.string(file.sha256)
            stamp(file.stamp)
            writer.optional(file.origin?.key)
            writer.optional(file.origin?.note)
        }
        writer.int(folders.count)
        for (path, folder) in folders {
            writer.string(path)
            stamp(folder)
        }
        var data = Self.magic + writer.data
        data.append(contentsOf: EntryChecksum.bytes(EntryChecksum.of(data)))
        return data
    }

    /// The state `encoded()` wrote; nil for any other bytes (damaged, foreign, another version).
    static func decode(_ data: Data) -> GenerationState? {
        guard let fields = EntryChecksum.fields(of: data, magic: magic) else { return nil }
        var reader = CacheReader([UInt8](data), in: fields)
        func stamp(_ reader: inout CacheReader) throws(CacheReader.Malformed) -> FileStamp {
            let size = try reader.int(), modified = Int64(try reader.int()), changed = Int64(try reader.int())
            guard let inode = UInt64(try reader.string()) else { throw CacheReader.Malformed() }
            return FileStamp(size: size, modified: modified, changed: changed, inode: inode)
        }
        do {
            guard let rootInode = UInt64(try reader.string()) else { return nil }
            let recordedAt = Int64(try reader.int())
            let fileCount = try reader.int()
            guard fileCount >= 0 else { return nil }
            var files = [String: File](minimumCapacity: fileCount)
            for _ in 0..<fileCount {
                let path = try reader.string(), size = try reader.int(), sha256 = try reader.string()
                let fileStamp = try stamp(&reader)
                let key = try reader.optional(), note = try reader.optional()
                files[path] = File(bytes: size, sha256: sha256, stamp: fileStamp, origin: key.map { FileOrigin(key: $0, note: note ?? "") })
            }
            let folderCount = try reader.int()
            guard folderCount >= 0 else { return nil }
            var folders = [String: FileStamp](minimumCapacity: folderCount)
            for _ in 0..<folderCount {
                let path = try reader.string()
                folders[path] = try stamp(&reader)
            }
            return GenerationState(rootInode: rootInode, recordedAt: recordedAt, files: files, folders: folders)
        } catch {
            return nil
        }
    }

    /// The state at `path` when it describes the folder `root` (its inode); nil otherwise.
    static func read(_ path: String, describing root: String, racyWindow: Int64 = defaultRacyWindow) -> GenerationState? {
        guard let data = FileManager.default.contents(atPath: path), var state = decode(data),
              FileStamp.of(root)?.inode == state.rootInode else { return nil }
        state.racyWindow = racyWindow
        return state
    }

    /// Writes the state aside (`<path>.<pid>`, which `DiskChannelWriter.removeStaleStaging`
    /// removes after a kill) and renames it to `path`: a reader sees the old state, none, or this one whole.
    func write(to path: String) {
        let temporary = path + ".\(getpid())"
        do { try FileTree.writeFile(temporary, encoded()) } catch {
            unlink(temporary)
            return
        }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
