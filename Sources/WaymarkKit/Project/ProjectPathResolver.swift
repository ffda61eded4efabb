#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one place that turns a project-relative path into a file-system path,
/// shared by the reader (`ProjectFileReader`) and every writer
/// (`ProjectFileWriter` for catalogs, `DiskChannelWriter` for `Build/`), so
/// what is read and what is written can never disagree.
///
/// Policy (docs/security.md): a symbolic link is followed when, fully
/// resolved, it stays inside the project root, for reading and for writing
/// alike; a link that leaves the project, dangles or loops is refused on
/// both sides with the link's path and target.
public struct ProjectPathResolver: Sendable {
    /// The project root with every symbolic link resolved.
    public let root: String

    public init(projectRoot: URL) {
        let path = projectRoot.standardizedFileURL.path
        root = Self.realPath(path) ?? path
    }

    /// Why a path cannot be used.
    public struct Refusal: Error, Sendable, Equatable {
        /// The project-relative path of the offending link or file.
        public var path: String
        /// What is wrong, for a diagnostic.
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// What a project-relative path is on disk.
    public enum Entry: Sendable, Equatable {
        case file(String)
        case folder(String)
        case missing
    }

    /// The real path of `relative` if it exists: links are followed only while
    /// they stay inside the project. Special files (FIFOs, devices, sockets) are refused.
    public func resolve(_ relative: String) throws(Refusal) -> Entry {
        var current = root
        var walked = ""
        let parts = relative.split(separator: "/").map(String.init)
        for (index, part) in parts.enumerated() {
            walked += (walked.isEmpty ? "" : "/") + part
            guard let found = try lookUp(part, in: current, walked: walked) else { return .missing }
            if index == parts.count - 1 { return try entry(found, walked: walked) }
            guard found.type == S_IFDIR else { throw Refusal(path: walked, reason: "it is not a folder") }
            current = found.real
        }
        return .folder(current)
    }

    /// One name inside a folder whose real path is already known.
    public struct Found: Sendable {
        /// The real path, a project-internal link followed.
        public var real: String
        /// The name itself is a symbolic link.
        public var isLink: Bool
        /// Size, times and inode of the real file.
        public var stamp: FileStamp
        var type: mode_t

        public var isFolder: Bool { type == S_IFDIR }
    }

    /// What `name` inside the resolved folder `folder` is (`walked`: its
    /// project-relative path, for messages); nil when it does not exist. One
    /// `lstat`, plus a `stat` for a link: the step `resolve` takes per path
    /// component, and the walk takes once per file because it already holds
    /// each folder's real path.
    public func lookUp(_ name: String, in folder: String, walked: String) throws(Refusal) -> Found? {
        let candidate = folder + "/" + name
        var info = stat()
        guard lstat(candidate, &info) == 0 else { return nil }
        var real = candidate
        let isLink = info.st_mode & S_IFMT == S_IFLNK
        if isLink {
            let target = Self.linkTarget(candidate)
            guard let resolved = Self.realPath(candidate) else {
                throw Refusal(path: walked, reason: "it is a symbolic link to '\(target)', which does not exist")
            }
            guard contains(resolved) else {
                throw Refusal(path: walked, reason: "it is a symbolic link to '\(target)', outside the project; Waymark reads and writes only inside the project folder")
            }
            real = resolved
            guard stat(real, &info) == 0 else { return nil }
        }
        return Found(real: real, isLink: isLink, stamp: FileStamp(info), type: info.st_mode & S_IFMT)
    }

    /// The entry a found path is as the last component: a folder, a regular file, or refused.
    public func entry(_ found: Found, walked: String) throws(Refusal) -> Entry {
        if found.type == S_IFDIR { return .folder(found.real) }
        guard found.type == S_IFREG else { throw Refusal(path: walked, reason: "it is not a regular file") }
        return .file(found.real)
    }

    /// Where a file at `relative` is to be written: the real path of its
    /// folder (created when missing) and its name there. An existing link at
    /// the file itself is followed inside the project, so the linked file is
    /// replaced, never the link, and never anything outside.
    public func writableLocation(_ relative: String) throws(Refusal) -> (folder: String, name: String) {
        var parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.popLast(), !parts.contains(".."), name != ".." else {
            throw Refusal(path: relative, reason: "not a path inside the project")
        }
        var folder = root
        var walked = ""
        for part in parts {
            walked += (walked.isEmpty ? "" : "/") + part
            switch try resolve(walked) {
            case .folder(let real): folder = real
            case .file: throw Refusal(path: walked, reason: "it is a file, not a folder")
            case .missing:
                let created = folder + "/" + part
                guard mkdir(created, 0o755) == 0 || errno == EEXIST else {
                    throw Refusal(path: walked, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
                }
                folder = created
            }
        }
        switch try resolve(relative) {
        case .file(let real):
            let url = URL(fileURLWithPath: real)
            return (url.deletingLastPathComponent().path, url.lastPathComponent)
        case .folder: throw Refusal(path: relative, reason: "it is a folder, not a file")
        case .missing: return (folder, name)
        }
    }

    /// True when `path` (already resolved) is the root or below it.
    public func contains(_ path: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The link's own text (what `ls -l` shows), for messages.
    static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
