import Foundation

extension MarkdownParser {
    /// Tokens being watched and how many parsed sources contained each. Empty
    /// outside tests; a test watches a token no other test's text contains, so
    /// tests running at the same time do not disturb its count.
    nonisolated(unsafe) private static var watchedParses: [String: Int] = [:]
    private static let watchLock = NSLock()

    /// Counts every later `parse` of a source containing `token` (for tests that prove
    /// how often a page is parsed); `parses(containing:)` reads the count.
    static func watchParses(containing token: String) {
        watchLock.withLock { watchedParses[token] = 0 }
    }

    /// Parses of sources containing `token` since `watchParses(containing:)`; stops watching it.
    static func parses(containing token: String) -> Int {
        watchLock.withLock { watchedParses.removeValue(forKey: token) ?? 0 }
    }

    /// Counts `source` for each watched token it contains.
    static func countParse(of source: String) {
        watchLock.withLock {
            guard !watchedParses.isEmpty else { return }
            for token in watchedParses.keys where source.contains(token) { watchedParses[token, default: 0] += 1 }
        }
    }
}
