#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `.waymark-cache/index.lock`: an `flock` held only while a namespace's index
/// is read with its packs opened (shared) or replaced and unused packs deleted
/// (exclusive), so a `check` or `serve` next to a `build` never opens an index
/// whose packs another process is deleting. Separate from the project lock
/// (`ProjectLock`), which a build holds for its whole run and `check` and
/// `serve` do not take. Held for milliseconds; the kernel drops it on exit.
enum CacheIndexLock {
    static let fileName = "index.lock"

    /// Runs `body` holding the lock in `root` (shared or exclusive); without it
    /// when the lock file cannot be opened (a read-only cache is still read, and
    /// every entry is verified anyway).
    static func with<T>(_ root: String, exclusive: Bool, _ body: () throws -> T) rethrows -> T {
        let descriptor = open(root + "/" + fileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0, errno == EINTR {}
        return try body()
    }
}
