import Foundation
import Testing
@testable import WaymarkKit

/// The consistency checks of a locale (`inconsistent`, `reused-translation`) are cached
/// under the digests of all its catalogs: an unchanged locale is answered from the
/// store with the same diagnostics in the same order, and an edit to any one of its
/// catalogs checks the locale again.
struct CachedConsistencyTests {
    typealias Harness = IncrementalBuildHarness

    static let first = "Locales/es/online-road-safety/01-your-personal-information.po"
    static let second = "Locales/es/online-road-safety/02-strong-passwords.po"

    @Test func consistencyIsCachedPerLocaleAndCheckedAgainAfterAnEdit() throws {
        let project = try Harness.sampleCopy()
        defer { try? FileManager.default.removeItem(at: project) }
        // One message translated two ways, and one translation for two messages.
        try Harness.append("\nmsgid \"Ask a trusted adult.\"\nmsgstr \"Pregunta a un adulto de confianza.\"\n\nmsgid \"Tell a trusted adult.\"\nmsgstr \"Pide ayuda a un adulto.\"\n", to: Self.first, in: project)
        try Harness.append("\nmsgid \"Ask a trusted adult.\"\nmsgstr \"Habla con un adulto de confianza.\"\n\nmsgid \"Ask for help.\"\nmsgstr \"Pide ayuda a un adulto.\"\n", to: Self.second, in: project)
        let first = try compare(project)
        #expect(first.contains { $0.ruleID == "inconsistent" })
        #expect(first.contains { $0.ruleID == "reused-translation" })
        let entries = Harness.entries(project, namespace: CachedQA.namespace)
        // One entry per catalog (its own QA) and one per target locale (consistency).
        let catalogs = try FileManager.default.subpathsOfDirectory(atPath: project.appendingPathComponent("Locales").path).filter { $0.hasSuffix(".po") }
        #expect(entries.count == catalogs.count + 2)
        // Nothing changed: every QA answer, the consistency ones included, comes from the store.
        #expect(try compare(project) == first)
        #expect(Harness.entries(project, namespace: CachedQA.namespace) == entries)
        // One catalog made consistent: the locale is checked again and the warning goes.
        let path = project.appendingPathComponent(Self.second)
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Habla con un adulto de confianza.", with: "Pregunta a un adulto de confianza.").write(to: path, atomically: true, encoding: .utf8)
        let fixed = try compare(project)
        #expect(!fixed.contains { $0.ruleID == "inconsistent" })
        #expect(fixed.contains { $0.ruleID == "reused-translation" })
    }

    /// The consistency diagnostics of a cached build of `project`, which must equal a clean build's.
    private func compare(_ project: URL) throws -> [Diagnostic] {
        try Harness.cachedBuildMatchingClean(project).filter { ["inconsistent", "reused-translation"].contains($0.ruleID) }
    }
}
