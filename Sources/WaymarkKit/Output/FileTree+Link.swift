#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileTree {
    /// What `linkIfIdentical` did.
    enum LinkOutcome {
        /// `path` is now a hard link to the old file, whose bytes are exactly the new ones; the link's stamp.
        case linked(FileStamp)
        /// The old file is missing or differs (or changed on the way): write the file.
        case differs
        /// The file system refuses hard links here (another device, no support): write, and stop trying.
        case unsupported
    }

    /// Makes `path` a hard link to the regular file `existing` when that file
    /// holds exactly `contents`, byte for byte (its manifest entry is only a
    /// hint: a published file edited in place since is read and found to
    /// differ). The link is checked to reach the very file that was compared.
    /// Linking never changes a file: Waymark only ever creates new files
    /// (`writeFile`) and renames folders, so a file shared by the previous and
    /// the new output, or by a copy made with `cp -al`, stays as it was.
    static func linkIfIdentical(_ existing: String, to path: String, contents: Data) -> LinkOutcome {
        let descriptor = open(existing, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .differs }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == contents.count,
              hasContents(descriptor, contents) else { return .differs }
        guard link(existing, path) == 0 else { return refusedLink() }
        var linked = stat()
        // `existing` was replaced between the comparison and the link: not the file compared.
        guard lstat(path, &linked) == 0, linked.st_ino == info.st_ino, linked.st_dev == info.st_dev else {
            unlink(path)
            return .differs
        }
        return .linked(FileStamp(linked))
    }

    /// Makes `path` a hard link to `existing` without reading it: the caller knows from a
    /// `GenerationState` that the file with stamp `expected` holds the new bytes. The link is
    /// checked to reach that very file (same stamp but for the status-change time the link moves).
    static func linkTrusted(_ existing: String, to path: String, expecting expected: FileStamp) -> LinkOutcome {
        guard let before = FileStamp.of(existing), before == expected else { return .differs }
        guard link(existing, path) == 0 else { return refusedLink() }
        guard let linked = FileStamp.of(path), linked.inode == expected.inode, linked.size == expected.size,
              linked.modified == expected.modified else {
            unlink(path)
            return .differs
        }
        return .linked(linked)
    }

    /// What a failed `link` means: the file system refuses links here, or this one went wrong.
    private static func refusedLink() -> LinkOutcome {
        [EXDEV, EPERM, ENOTSUP, EMLINK, EOPNOTSUPP].contains(errno) ? .unsupported : .differs
    }

    /// True when the open file reads exactly `contents` (and then ends).
    static func hasContents(_ descriptor: Int32, _ contents: Data) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(max(contents.count, 1), 1 << 16) + 1)
        var offset = 0
        return contents.withUnsafeBytes { expected -> Bool in
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return offset == expected.count }
                guard offset + count <= expected.count,
                      memcmp(expected.baseAddress! + offset, buffer, count) == 0 else { return false }
                offset += count
            }
        }
    }
}
