#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file that any save, copy over or replacement changes:
/// size, modification and status-change times (nanoseconds) and inode, the
/// fields git's index compares before it trusts a file to be unchanged.
/// `serve`'s watcher and the last-build record compare these.
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64
    /// Status-change time (`ctime`), nanoseconds since 1970: a rename or `touch -d` back in time still moves it.
    public var changed: Int64
    public var inode: UInt64

    /// A stamp as recorded (`GenerationState`).
    init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        #if os(Linux)
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #else
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        size = Int(info.st_size)
        self.modified = Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec)
        self.changed = Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The stamp of `path` itself (a link is not followed); nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The clock file times are taken from, now (nanoseconds since 1970).
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// `size@modified#changed:inode`, what `ProjectEntry.stamp` holds.
    public var text: String {
        "\(size)@\(modified)#\(changed):\(inode)"
    }
}
