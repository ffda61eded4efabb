import Foundation

/// `waymark report`: one self-contained HTML file (inline CSS and SVG, no
/// script, nothing loaded from outside) with completeness per locale and
/// program and reading level per page, for a coordinator or a funder.
public enum ProjectReport {
    public static func make(_ files: ProjectFiles) -> (html: String?, diagnostics: [Diagnostic]) {
        // One analysis for both halves: completeness from the catalogs, reading
        // levels from the localized pages, each computed once.
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch { return (nil, error.diagnostics) }
        let localized = loaded.segmented().withCatalogs(locales: loaded.configuration.locales).localized()
        let status = StatusReport.make(localized.cataloged)
        let pages = ReadabilityOverview.make(localized, paths: []).pages
        let body: [HTMLNode] = [
            .element("h1", [], [.text("Waymark report")]),
            .element("p", [], [.text("Source locale: \(status.sourceLocale). Completeness counts translated source words (fuzzy is not translated).")]),
            .element("h2", [], [.text("Translation completeness")]),
        ] + status.locales.map(localeSection) + [
            .element("h2", [], [.text("Reading level")]),
            .element("p", [], [.text("Measured per page in each locale where the page is fully translated. Green meets the audience's target.")]),
            readabilityTable(pages),
        ]
        let document = HTMLNode.element("html", attrs(("lang", "en")), [
            .element("head", [], [
                .element("meta", attrs(("charset", "utf-8"))),
                .element("meta", attrs(("name", "viewport"), ("content", "width=device-width, initial-scale=1"))),
                .element("title", [], [.text("Waymark report")]),
                .element("style", [], [.trusted(style)]),
            ]),
            .element("body", [], [.element("main", [], body)]),
        ])
        return (HTMLNode.doctype.render() + document.render() + "\n", loaded.diagnostics + localized.cataloged.catalogs.diagnostics)
    }

    static let style = """
    body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}main{max-width:56rem;margin:0 auto;padding:1rem}
    table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}
    td.num{text-align:right;font-variant-numeric:tabular-nums}.pass{color:#1d6b36}.fail{color:#a4161a;font-weight:600}svg{display:block}
    """

    static func localeSection(_ locale: StatusReport.LocaleStatus) -> HTMLNode {
        let rows = locale.programs + [locale.total]
        return .element("section", [], [
            .element("h3", [], [.text("\(LocaleDisplayName.name(for: locale.locale)) (\(locale.locale)): \(percent(locale.total.completeness))")]),
            barChart(rows.map { ($0.program, $0.completeness) }, label: "Completeness of \(locale.locale) by program"),
            .element("table", [], [
                .element("tr", [], ["program", "translated", "fuzzy", "untranslated", "obsolete", "words", "done"].map { .element("th", [], [.text($0)]) }),
            ] + rows.map { row in
                .element("tr", [], [.element("td", [], [.text(row.program)])] + [
                    "\(row.translated)", "\(row.fuzzy + row.suggestions)", "\(row.untranslated)", "\(row.obsolete)", "\(row.translatedWords)/\(row.words)", percent(row.completeness),
                ].map { .element("td", attrs(("class", "num")), [.text($0)]) })
            }),
        ])
    }

    /// Horizontal bars, one per row, 0-100%.
    static func barChart(_ rows: [(String, Double)], label: String) -> HTMLNode {
        let rowHeight = 26, labelWidth = 190, barWidth = 360
        let height = rows.count * rowHeight + 4
        let bars: [HTMLNode] = rows.enumerated().flatMap { index, row -> [HTMLNode] in
            let y = index * rowHeight + 2
            let width = Int((row.1 * Double(barWidth)).rounded())
            return [
                .element("text", attrs(("x", "0"), ("y", "\(y + 17)"), ("font-size", "13")), [.text(row.0)]),
                .element("rect", attrs(("x", "\(labelWidth)"), ("y", "\(y + 4)"), ("width", "\(barWidth)"), ("height", "16"), ("fill", "#e8e8e8"))),
                .element("rect", attrs(("x", "\(labelWidth)"), ("y", "\(y + 4)"), ("width", "\(width)"), ("height", "16"), ("fill", row.1 >= 1 ? "#2e7d4f" : "#3566a8"))),
                .element("text", attrs(("x", "\(labelWidth + barWidth + 8)"), ("y", "\(y + 17)"), ("font-size", "13")), [.text(percent(row.1))]),
            ]
        }
        return .element("svg", attrs(("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(labelWidth + barWidth + 60)"), ("height", "\(height)"),
                                     ("role", "img"), ("aria-label", label)), bars)
    }

    static func readabilityTable(_ pages: [ReadabilityPageJSON]) -> HTMLNode {
        .element("table", [], [
            .element("tr", [], ["page", "locale", "formula", "score", "target", "words"].map { .element("th", [], [.text($0)]) }),
        ] + pages.map { page in
            let target = page.target.map { ReadabilityTarget.describe(min: $0.min, max: $0.max) } ?? "none"
            return .element("tr", [], [
                .element("td", [], [.text(page.path)]),
                .element("td", [], [.text(page.locale)]),
                .element("td", [], [.text(page.formulaName)]),
                .element("td", attrs(("class", "num \(page.passed ? "pass" : "fail")")), [.text(page.score.map { String(format: "%.1f", $0) } ?? "-")]),
                .element("td", [], [.text(target)]),
                .element("td", attrs(("class", "num")), [.text("\(page.words)")]),
            ])
        })
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
