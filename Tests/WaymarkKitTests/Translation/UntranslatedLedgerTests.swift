import Foundation
import Testing
@testable import WaymarkKit

/// `long-untranslated` (issue 13): sync records segments untranslated in every
/// locale, counts the syncs that changed catalogs, and check reports past the limit.
@Suite struct UntranslatedLedgerTests {
    static let project: [String: String] = [
        "waymark.yaml": "source-locale: en\nlocales: [en, es, fi]\nlong-untranslated: { syncs: 1 }\n",
        RuleExample.pagePath: "---\ntitle: Start\n---\nAsk a trusted adult.\n",
        "Locales/es/guide/01-start.po": RuleExample.catalogHeader(locale: "es") + "\nmsgid \"Start\"\nmsgstr \"Inicio\"\n",
    ]

    static func sync(_ texts: [String: String]) -> (CatalogSynchronizer.Result, [String: String]) {
        let result = CatalogSynchronizer(sourceDateEpoch: 1_764_547_200).sync(ProjectFixture.files(texts))
        var next = texts
        for update in result.changed { next[update.path] = String(decoding: update.contents, as: UTF8.self) }
        if let ledger = result.untranslatedLedger { next[UntranslatedLedger.path] = String(decoding: ledger, as: UTF8.self) }
        return (result, next)
    }

    @Test func syncRecordsCountsAndStaysIdempotent() throws {
        let (first, once) = Self.sync(Self.project)
        let ledger = UntranslatedLedger.read(ProjectFixture.files(once))
        // "Start" is translated in Spanish, so only the paragraph and the program's texts are recorded.
        #expect(ledger.segments.map(\.msgid).sorted() == ["A small guide.", "Ask a trusted adult.", "Guide"])
        #expect(ledger.segments.allSatisfy { $0.since == "2025-12-01" && $0.syncs == 1 }, "\(ledger)")
        #expect(first.untranslatedLedger != nil)
        // Nothing changed: the ledger stays byte for byte.
        let (second, _) = Self.sync(once)
        #expect(second.changed.isEmpty && second.untranslatedLedger == nil)
        // A source edit changes the catalogs: the paragraph still untranslated counts one more sync.
        var edited = once
        edited[RuleExample.pagePath] = "---\ntitle: Start\n---\nAsk a trusted adult.\n\nStay safe.\n"
        let (_, twice) = Self.sync(edited)
        let counted = UntranslatedLedger.read(ProjectFixture.files(twice)).segments
        #expect(counted.first { $0.msgid == "Ask a trusted adult." }?.syncs == 2)
        #expect(counted.first { $0.msgid == "Stay safe." }?.syncs == 1)
        let reported = ProjectFixture.check(twice).diagnostics.filter { $0.ruleID == "long-untranslated" }
        #expect(reported.map(\.location.description).sorted() == ["Source-Content/guide/01-start.md:4:1", "Source-Content/guide/_program.yaml:1:1", "Source-Content/guide/_program.yaml:2:1"],
                "\(reported)")
    }

    @Test func offByDefaultAndOnlyForFullSyncs() {
        var texts = Self.project
        texts["waymark.yaml"] = "source-locale: en\nlocales: [en, es, fi]\n"
        #expect(Self.sync(texts).0.untranslatedLedger == nil)
        let partial = CatalogSynchronizer(locales: ["es"]).sync(ProjectFixture.files(Self.project))
        #expect(partial.untranslatedLedger == nil)
    }

    @Test func badConfigurationIsReportedAtItsKey() {
        let loader = ConfigurationLoader(knownFormulas: Set(ReadabilityFormulas.allIDs), knownRules: RuleRegistry.ids)
        let (_, diagnostics) = loader.load("source-locale: en\nlocales: [en]\nlong-untranslated: { syncs: 0, weeks: 2 }\n")
        #expect(diagnostics.map(\.message).contains { $0.contains("'long-untranslated.syncs' must be a positive whole number") })
        #expect(diagnostics.map(\.message).contains { $0.contains("unknown key 'weeks'") })
    }
}
