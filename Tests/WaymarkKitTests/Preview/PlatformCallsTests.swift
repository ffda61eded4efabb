import Foundation
import Testing

/// Issue 11: the package declares macOS, so Linux-only calls (the old server's
/// `Glibc.listen` and `MSG_NOSIGNAL`) may appear only inside `#if os(Linux)`
/// (or `#if canImport(Glibc)`) blocks, as platform shims.
struct PlatformCallsTests {
    /// Names that exist in Glibc but not in Darwin, or that spell out the Glibc module.
    static let linuxOnly = ["Glibc.", "MSG_NOSIGNAL", "SOCK_STREAM.rawValue", "epoll_", "inotify_", "accept4(", "pipe2(", "eventfd(", "SOCK_CLOEXEC", "SOCK_NONBLOCK", "sendfile(", "import Glibc"]

    @Test func noLinuxOnlyCallsOutsideShims() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        var problems: [String] = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        for case let url as URL in walker ?? FileManager.default.enumerator(atPath: "/")! where url.pathExtension == "swift" {
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            // A stack of #if conditions; a line is shimmed when an enclosing branch is Linux-only.
            var stack: [Bool] = []
            for (number, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("#if ") {
                    stack.append(Self.isLinuxCondition(trimmed.dropFirst(4)))
                } else if trimmed.hasPrefix("#elseif ") {
                    if !stack.isEmpty { stack[stack.count - 1] = Self.isLinuxCondition(trimmed.dropFirst(8)) }
                } else if trimmed.hasPrefix("#else") {
                    if !stack.isEmpty { stack[stack.count - 1] = false }
                } else if trimmed.hasPrefix("#endif") {
                    _ = stack.popLast()
                } else if !stack.contains(true), !trimmed.hasPrefix("//"), let name = Self.linuxOnly.first(where: { line.contains($0) }) {
                    problems.append("\(url.path.dropFirst(sources.path.count + 1)):\(number + 1): \(name)")
                }
            }
        }
        #expect(problems.isEmpty, "Linux-only calls outside #if os(Linux) shims:\n\(problems.joined(separator: "\n"))")
    }

    @Test func theHandWrittenServerIsGone() {
        let old = TestPaths.packageRoot.appendingPathComponent("Sources/waymark/PreviewServer.swift")
        #expect(!FileManager.default.fileExists(atPath: old.path))
    }

    static func isLinuxCondition(_ condition: Substring) -> Bool {
        let text = condition.replacingOccurrences(of: " ", with: "")
        return text == "os(Linux)" || text == "canImport(Glibc)"
    }
}
