import Foundation
import Testing
@testable import WaymarkKit

/// `waymark status --format markdown [--since status.json]`: the pull-request
/// table, compared with golden files in `Fixtures/Status/` (regenerate with
/// `WAYMARK_REGENERATE_GOLDEN=1 swift test --filter StatusMarkdownTests`).
@Suite struct StatusMarkdownTests {
    static let golden = TestPaths.packageRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Status")

    /// es: 2 of 3 paragraphs translated, 1 fuzzy; fi: nothing; de: the title only.
    static let project: [String: String] = [
        "waymark.yaml": "source-locale: en\nlocales: [en, es, fi, de]\n",
        RuleExample.pagePath: "---\ntitle: Start\n---\nAsk a trusted adult.\n\nKeep your password secret.\n\nTurn off location sharing.\n",
        "Locales/es/guide/01-start.po": RuleExample.catalogHeader(locale: "es") + """

            msgid "Start"
            msgstr "Inicio"

            msgid "Ask a trusted adult."
            msgstr "Pregunta a un adulto de confianza."

            msgid "Keep your password secret."
            msgstr "Mantén tu contraseña en secreto."

            #, fuzzy
            msgid "Turn off location sharing."
            msgstr "Desactiva la ubicación."

            """,
        "Locales/de/guide/01-start.po": RuleExample.catalogHeader(locale: "de") + "\nmsgid \"Start\"\nmsgstr \"Anfang\"\n",
    ]

    /// A baseline as an earlier `status --json` wrote it (before memory suggestions were counted).
    static let baseline = """
        { "sourceLocale" : "en", "locales" : [
          { "locale" : "es", "programs" : [],
            "total" : { "program" : "(all)", "translated" : 1, "fuzzy" : 1, "untranslated" : 4, "obsolete" : 0, "words" : 20, "translatedWords" : 1, "completeness" : 0.05 } },
          { "locale" : "fi", "programs" : [],
            "total" : { "program" : "(all)", "translated" : 0, "fuzzy" : 0, "untranslated" : 6, "obsolete" : 0, "words" : 20, "translatedWords" : 0, "completeness" : 0 } } ] }
        """

    static func report() throws -> StatusReport {
        let (report, problems) = StatusReport.make(ProjectFixture.files(project))
        #expect(!problems.hasErrors, "\(problems)")
        return try #require(report)
    }

    static func expectGolden(_ text: String, _ name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WAYMARK_REGENERATE_GOLDEN"] == "1" { try Data(text.utf8).write(to: url) }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "\(name) differs; got:\n\(text)")
    }

    @Test func markdownTable() throws {
        try Self.expectGolden(try Self.report().markdown(), "status.md")
    }

    @Test func markdownTableSinceBaseline() throws {
        let baseline = try StatusReport.baseline(from: Data(Self.baseline.utf8))
        try Self.expectGolden(try Self.report().markdown(since: baseline), "status-since.md")
    }

    @Test func jsonOutputIsAValidBaseline() throws {
        let report = try Self.report()
        let again = try StatusReport.baseline(from: Data(try StableJSON.string(report).utf8))
        #expect(report.markdown(since: again) == report.markdown(since: report))
        #expect(!report.markdown(since: again).contains("(+"))
    }
}
