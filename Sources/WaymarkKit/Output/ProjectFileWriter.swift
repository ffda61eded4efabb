#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes several project files (catalogs from `sync`, `import`, `align`)
/// all or none: every file goes to a temporary sibling first, and only when
/// all are written (and flushed to disk) are they renamed over the originals.
///
/// Paths go through `ProjectPathResolver`, the reader's resolver: a file is
/// written where the reader read it, never through a link out of the project.
/// Temporary names are short (`.wm-<pid>-<random>.tmp`), so they fit NAME_MAX
/// next to a 255-byte file name, and are hidden, so the reader ignores them;
/// ones left by a killed run are removed by the next write (under the project lock).
public enum ProjectFileWriter {
    /// The prefix and suffix of every temporary file this writer creates.
    static let temporaryPrefix = ".wm-", temporarySuffix = ".tmp"

    /// A write that could not be done, with the project-relative path it concerns.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func writeAll(_ files: [(path: String, contents: Data)], projectRoot: URL) throws {
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        let token = "\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        var staged: [(temporary: String, target: String, path: String)] = []
        var cleaned: Set<String> = []
        do {
            for file in files {
                let location: (folder: String, name: String)
                do {
                    location = try resolver.writableLocation(file.path)
                } catch {
                    throw Failure(path: error.path, reason: error.reason)
                }
                if cleaned.insert(location.folder).inserted { removeStaleTemporaries(in: location.folder) }
                let temporary = location.folder + "/" + temporaryPrefix + token + "-\(staged.count)" + temporarySuffix
                try writeFile(file.contents, to: temporary, path: file.path)
                staged.append((temporary, location.folder + "/" + location.name, file.path))
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        // rename(2) replaces each file atomically; all content is already on disk.
        for file in staged where rename(file.temporary, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for later in staged { unlink(later.temporary) }
            throw Failure(path: file.path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// Writes and fsyncs a new file; O_EXCL|O_NOFOLLOW so nothing existing (or linked) is touched.
    private static func writeFile(_ contents: Data, to temporary: String, path: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot create a temporary file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: "cannot write: \(reason)")
        }
    }

    /// Removes temporary files of earlier, interrupted writes in `folder`:
    /// this writer's `.wm-*.tmp` and the older `.<name>.<pid>-<hex>.tmp` form.
    /// Callers hold the project lock, so no other writer is using them.
    static func removeStaleTemporaries(in folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where isTemporaryName(name) { unlink(folder + "/" + name) }
    }

    /// True for names this writer (or its earlier versions) used for temporary files.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(temporarySuffix) else { return false }
        if name.hasPrefix(temporaryPrefix) { return true }
        // Earlier versions: ".<file>.<pid>-<8 hex>.tmp".
        let parts = name.dropLast(temporarySuffix.count).split(separator: ".")
        guard let token = parts.last, parts.count >= 2 else { return false }
        let pieces = token.split(separator: "-")
        return pieces.count == 2 && pieces[0].allSatisfy(\.isNumber) && pieces[1].count == 8
    }
}
