#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The advisory lock every writing command (`build`, `sync`, `import`,
/// `align`) holds from reading the project until its last write: an `flock`
/// on `.waymark-cache/lock` (git-ignored). A second writer waits up to
/// `timeout` and then gives up with the holder's pid and command, so two
/// writers never interleave a read-merge-write and lose translations, and
/// two builds never remove each other's staging folders. The kernel drops
/// the lock when its holder exits, even on SIGKILL.
public final class ProjectLock: @unchecked Sendable {
    /// Project-relative path of the lock file.
    public static let path = ".waymark-cache/lock"
    /// Environment variable that overrides the wait (seconds), e.g. `0` to fail at once.
    public static let waitVariable = "WAYMARK_LOCK_WAIT"

    private let descriptor: Int32

    /// The lock is held by someone else (after waiting), or cannot be taken at all.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock for `command`, waiting up to `timeout` seconds (default:
    /// WAYMARK_LOCK_WAIT, else 10) for another writer to finish.
    public static func acquire(projectRoot: URL, command: String, timeout: TimeInterval? = nil) throws -> ProjectLock {
        let resolver = ProjectPathResolver(projectRoot: projectRoot)
        let location: (folder: String, name: String)
        do {
            location = try resolver.writableLocation(path)
        } catch {
            throw Failure(description: "cannot create the project lock \(error.path): \(error.reason)")
        }
        let file = location.folder + "/" + location.name
        let descriptor = open(file, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot open the project lock \(path): \(String(cString: strerror(errno)))")
        }
        let wait = timeout ?? ProcessInfo.processInfo.environment[waitVariable].flatMap(TimeInterval.init) ?? 10
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw Failure(description: "another waymark (\(holder)) is writing this project; waited \(Int(wait)) s. Try again when it has finished (lock: \(path))")
            }
            usleep(50_000)
        }
        let note = "pid \(getpid()) running '\(command)'\n"
        ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return ProjectLock(descriptor: descriptor)
    }

    /// What the holder wrote into the lock file ("pid N running 'sync'").
    private static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 200)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.isEmpty ? "another process" : text
    }
}
