#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX file operations the channel writer needs, without Foundation's
/// per-file overhead (a large site has tens of thousands of files).
enum FileTree {
    /// An `errno` as an error.
    struct Failure: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Creates the folder `path`; an existing folder is fine.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        throw Failure(path: path, code: errno)
    }

    /// Creates `relative` (forward slashes) and its missing parents under the existing folder `root`.
    static func makeDirectories(_ relative: String, under root: String) throws {
        guard !relative.isEmpty else { return }
        let path = root + "/" + relative
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: relative, code: errno) }
        try makeDirectories(ChannelPath.directory(of: relative), under: root)
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: relative, code: errno) }
    }

    /// Writes `contents` to a new file at `path` with one open, write loop and
    /// close. Never writes into an existing file: one already at `path` (which
    /// may be a hard link to a published file) is unlinked first.
    /// Returns the new file's stamp (`fstat` before the close), for `GenerationState`.
    @discardableResult
    static func writeFile(_ path: String, _ contents: Data) throws -> FileStamp {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == EEXIST, unlink(path) == 0 { descriptor = open(path, flags, 0o644) }
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let code = errno
        var info = stat()
        let stamped = written && fstat(descriptor, &info) == 0
        close(descriptor)
        if !written { throw Failure(path: path, code: code) }
        return stamped ? FileStamp(info) : FileStamp(size: -1, modified: 0, changed: 0, inode: 0)
    }

    /// Deletes a folder tree; a symbolic link is removed itself, never what it
    /// points to. The first two levels are deleted in parallel (locales, programs).
    static func remove(_ root: String) {
        var info = stat()
        guard lstat(root, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(root)
            return
        }
        removeContents(of: root, depth: 0)
        rmdir(root)
    }

    /// Calls `body` with each entry of `folder` but `.` and `..`: its name, whether it
    /// is a folder (a link never counts as one; `d_type`, or `fstatat` where the file
    /// system leaves it unknown) and the open folder's descriptor, for `unlinkat`.
    /// The one `readdir` loop: the channel writer's deletes and prunes and the project walk.
    static func forEachEntry(of folder: String, _ body: (_ name: String, _ isFolder: Bool, _ folderDescriptor: Int32) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            body(name, isFolder, dirfd(directory))
        }
    }

    private static func removeContents(of folder: String, depth: Int) {
        var subfolders: [String] = []
        forEachEntry(of: folder) { name, isFolder, descriptor in
            if isFolder { subfolders.append(folder + "/" + name) } else { unlinkat(descriptor, name, 0) }
        }
        let clear: @Sendable (String) -> Void = { path in
            removeContents(of: path, depth: depth + 1)
            rmdir(path)
        }
        if depth < 2 { _ = subfolders.parallelMap(clear) } else { subfolders.forEach(clear) }
    }
}
