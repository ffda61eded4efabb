#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Progress lines for people at a terminal (SPEC §9): shown on a TTY, silent
/// in CI (`CI` set) and when standard error is redirected, so logs stay clean.
enum Progress {
    static let isEnabled: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil

    /// A transient status line, overwritten by the next one.
    static func step(_ text: String) {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    /// Clears the status line before normal output.
    static func done() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
