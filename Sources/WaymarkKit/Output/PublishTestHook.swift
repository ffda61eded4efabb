#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A test hook read only by the channel writer and the cache: `WAYMARK_TEST_KILL_AT=<point>`
/// makes the process SIGKILL itself at that point of publishing, so the kill
/// tests can hit the exact instants between the steps of the channel swap.
/// `WAYMARK_TEST_KILL_AT=staged:2` kills at the second time the point is reached.
enum PublishTestHook {
    static let variable = "WAYMARK_TEST_KILL_AT"

    enum Point: String, Sendable {
        /// The staging folder is complete; the channel is not swapped yet.
        case staged
        /// Portable fallback only: the old channel is moved aside, the new one not yet in place.
        case betweenRenames = "between-renames"
        /// The new channel is in place; the previous output is not the back buffer yet.
        case swapped
        /// A file was just written into the staging folder (or back buffer); counted per file.
        case fileStaged = "file-staged"
        /// An entry was appended to this build's cache pack; the cache index is not written yet.
        case cacheStored = "cache-stored"
    }

    private static let setting: (point: String, count: Int)? = {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return nil }
        let parts = value.split(separator: ":")
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var reachedCount = 0

    static func reached(_ point: Point) {
        guard let setting, setting.point == point.rawValue else { return }
        let count = lock.withLock {
            reachedCount += 1
            return reachedCount
        }
        if count == setting.count { kill(getpid(), SIGKILL) }
    }
}
