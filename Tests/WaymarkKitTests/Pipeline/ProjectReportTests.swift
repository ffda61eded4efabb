import Testing
@testable import WaymarkKit

@Suite("Project report")
struct ProjectReportTests {
    @Test("the project is loaded once: a loading problem is reported once, and the report still renders")
    func loadingProblemsOnce() throws {
        var files = ProjectFixture.minimalFiles
        files["Source-Content/guide/02-broken.md"] = "---\ntitle: [unclosed\n---\nText.\n"
        let (html, diagnostics) = ProjectReport.make(ProjectFiles(texts: files))
        let broken = "Source-Content/guide/02-broken.md"
        let loading = try ProjectAnalysis.load(ProjectFiles(texts: files)).diagnostics.filter { $0.location.path == broken }
        #expect(!loading.isEmpty)
        #expect(diagnostics.filter { $0.location.path == broken } == loading)
        let text = try #require(html)
        #expect(text.contains("Translation completeness") && text.contains("Reading level"))
    }

    @Test("without a usable project there is no report, only the reason")
    func noProject() {
        let (html, diagnostics) = ProjectReport.make(ProjectFiles(texts: [:]))
        #expect(html == nil)
        #expect(diagnostics.map(\.ruleID) == [ConfigRule.description.id])
    }
}
