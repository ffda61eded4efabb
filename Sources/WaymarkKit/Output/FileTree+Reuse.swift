#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileTree {
    /// Makes `path` a real folder: an existing folder is kept as it is (no
    /// `mkdir`), anything else there (a file, a symbolic link, which is never
    /// followed) is removed first. Used on a reused back buffer, whose contents
    /// are whatever an earlier build, a kill or a person left.
    static func makeRealDirectory(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            unlink(path)
        }
        if mkdir(path, 0o755) == 0 { return }
        let code = errno
        // Another render thread made it between the two calls.
        if code == EEXIST, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        throw Failure(path: path, code: code)
    }

    /// What a reused back buffer holds at a path the new output writes.
    enum Existing {
        /// A regular file holding exactly the new bytes (compared): leave it. Its stamp.
        case identical(FileStamp)
        /// Nothing there now (anything that was, file or folder, is removed): create the file.
        case absent
    }

    /// Checks the back-buffer entry at `path` against `contents`: a regular file
    /// that reads exactly `contents` is kept (its name, size or manifest entry
    /// prove nothing; the bytes are compared); anything else is removed, so that
    /// the new file is created afresh and no existing inode is ever written into.
    static func prepare(_ path: String, for contents: Data) -> Existing {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if Int(info.st_size) == contents.count, holds(path, contents, inode: info) { return .identical(FileStamp(info)) }
            unlink(path)
        case S_IFDIR:
            remove(path)
        default:
            unlink(path)
        }
        return .absent
    }

    /// True when the regular file at `path`, still the inode `expected`, reads exactly `contents`.
    static func holds(_ path: String, _ contents: Data, inode expected: stat) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_ino == expected.st_ino, info.st_dev == expected.st_dev,
              Int(info.st_size) == contents.count else { return false }
        return hasContents(descriptor, contents)
    }

    /// Removes from the folder tree `root` every file not in `files` and every
    /// folder not in `folders` (relative paths, forward slashes; `""` is `root`).
    /// Symbolic links are removed, never followed. The first two levels are
    /// walked in parallel, like `remove`.
    static func prune(_ root: String, keepingFiles files: Set<String>, folders: Set<String>) {
        pruneContents(root: root, relative: "", depth: 0, files: files, folders: folders)
    }

    /// `prune` of the folder `relative` under `root` only (which must be a real folder reached through real folders).
    static func prune(_ root: String, below relative: String, keepingFiles files: Set<String>, folders: Set<String>) {
        pruneContents(root: root, relative: relative, depth: relative.isEmpty ? 0 : 2, files: files, folders: folders)
    }

    private static func pruneContents(root: String, relative: String, depth: Int, files: Set<String>, folders: Set<String>) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        var kept: [String] = []
        forEachEntry(of: folder) { name, isFolder, descriptor in
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder {
                if folders.contains(path) { kept.append(path) } else { remove(folder + "/" + name) }
            } else if !files.contains(path) {
                unlinkat(descriptor, name, 0)
            }
        }
        let walk: @Sendable (String) -> Void = { path in
            pruneContents(root: root, relative: path, depth: depth + 1, files: files, folders: folders)
        }
        if depth < 2 { _ = kept.parallelMap(walk) } else { kept.forEach(walk) }
    }
}
