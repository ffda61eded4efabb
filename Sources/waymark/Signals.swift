#if os(Linux)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling the long-running `serve` needs (POSIX on Linux and macOS).
enum Signals {
    /// A parent (a test runner, a supervisor) may have blocked SIGTERM and SIGINT; a server must stop on them.
    static func unblockStop() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
