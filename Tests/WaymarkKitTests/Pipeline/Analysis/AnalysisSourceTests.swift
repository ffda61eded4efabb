import Foundation
import Testing
@testable import WaymarkKit

/// Keeps the analysis in one place: the project is loaded by one stage only, and
/// the core has no unchecked `Sendable` beyond the listed C-interop wrappers.
@Suite("Analysis stages in the sources")
struct AnalysisSourceTests {
    /// Every Swift file under `Sources/`, by package-relative path.
    static let sources: [(path: String, text: String)] = {
        let root = TestPaths.packageRoot
        let folder = root.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append((String(url.path.dropFirst(root.path.count + 1)), text))
        }
        return files.sorted { $0.0 < $1.0 }
    }()

    @Test("the content loader is made and called in exactly one place: the load stage")
    func oneLoader() {
        let callers = Self.sources.filter { $0.text.contains("ContentLoader(") || $0.text.contains("Compiler.loader") }.map(\.path)
        #expect(callers == ["Sources/WaymarkKit/Pipeline/Analysis/ProjectAnalysis.swift"])
    }

    /// The only `@unchecked Sendable` types allowed in WaymarkKit, and why.
    static let allowedUnchecked: [String: String] = [
        // Owns a file descriptor with an flock; the kernel serialises, the class only closes it.
        "Sources/WaymarkKit/Output/ProjectLock.swift": "C interop: wraps the flock file descriptor",
        // `Locked`: the one NSLock-protected box the channel writers and render threads share.
        "Sources/WaymarkKit/Output/ChannelWriter.swift": "Locked: NSLock-protected storage (no Mutex on macOS 13)",
    ]

    @Test("no @unchecked Sendable in WaymarkKit outside the listed wrappers")
    func noUncheckedSendable() {
        let found = Self.sources.filter { $0.path.hasPrefix("Sources/WaymarkKit/") && $0.text.contains("@unchecked Sendable") }.map(\.path)
        #expect(Set(found).isSubset(of: Set(Self.allowedUnchecked.keys)), "\(found)")
    }
}
