/// Measures one localized page against its audience's target for the locale
/// and turns a miss into a `readability` diagnostic at the hardest sentence,
/// in the file a person edits (SPEC §7).
struct PageReadability: Sendable {
    var report: ReadabilityReport
    var check: ReadabilityCheck?
    var path: String

    init(page: LocalizedPage, audience: AudienceConfiguration?) {
        let targets = audience?.readability[page.locale] ?? []
        let target = targets.first
        let titleLine = page.editPath == page.page.path ? page.page.frontMatter.titleLine : 1
        let blocks = ProseExtractor.blocks(title: page.title, titleLine: titleLine, body: page.body, leafLines: page.leafLines)
        let analyzer = ReadabilityAnalyzer(languageTag: page.locale)
        let report = analyzer.report(for: blocks, formulaID: target?.formulaID)
        self.report = report
        check = target.map { $0.evaluate(report) }
        path = page.editPath
    }

    var summary: ReadabilitySummary? {
        guard let score = report.score else { return nil }
        return ReadabilitySummary(formula: report.formulaID, score: (score * 100).rounded() / 100,
                                  target: check.map { $0.target.boundsDescription }, passed: check?.passed)
    }

    /// The `readability` miss of this page, if any.
    var diagnostic: Diagnostic? { ReadabilityRule.check(self) }

    var json: ReadabilityPageJSON {
        ReadabilityPageJSON(path: path, locale: report.languageTag, report: report, check: check)
    }
}

extension ReadabilityTarget {
    /// "max 5", "min 80", "min 60, max 80".
    var boundsDescription: String { ReadabilityTarget.describe(min: min, max: max) }

    static func describe(min: Double?, max: Double?) -> String {
        [min.map { "min \(ReadabilityCheck.format($0))" }, max.map { "max \(ReadabilityCheck.format($0))" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
