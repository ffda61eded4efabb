import Foundation

/// Paths and fixture helpers for the readability tests (found from this file, so they work
/// in the main package and in scratch packages that symlink the test folder).
enum ReadabilityTestSupport {
    /// The repository root: the first ancestor of this file that holds `Package.swift`.
    static var projectRoot: URL { TestPaths.packageRoot }

    /// URL of a file in `Tests/WaymarkKitTests/Fixtures/Readability/`.
    static func fixture(_ name: String) -> URL {
        projectRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Readability/\(name)")
    }

    /// Non-comment lines of a tab-separated fixture, split into fields.
    static func tsvRows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: fixture(name), encoding: .utf8)
        return text.split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

}
