import Foundation

/// The panel `serve` adds to a page: a small fixed badge that opens into the
/// build's diagnostics (this page's first), the page's reading level with its
/// hardest sentences, how much falls back to the source language, and the
/// channel and locale switcher. It lives in a declarative shadow root, so the
/// page's CSS and the panel's never touch, and it works without JavaScript.
struct PreviewOverlay {
    var build: PreviewBuild
    var generation: Int
    /// Output path of the page being shown (`es/a/01-b/index.html`).
    var path: String
    /// At most this many diagnostics are listed in each group.
    static let listLimit = 200

    var insight: PageInsight? { build.pages[path] }

    /// Diagnostics of this page (its `.md` or its `.po`), then the first `listLimit` of the
    /// rest and how many the rest are: each page view reads the whole build's list (tens of
    /// thousands on a big partly translated project), so the rest is not copied out.
    var diagnostics: (page: [Diagnostic], other: [Diagnostic], otherCount: Int) {
        let all = build.diagnostics
        guard let insight else { return ([], Array(all.prefix(Self.listLimit)), all.count) }
        let (source, edit) = (insight.sourcePath, insight.editPath)
        var page: [Diagnostic] = [], other: [Diagnostic] = []
        for index in all.indices {
            if all[index].location.path == source || all[index].location.path == edit {
                page.append(all[index])
            } else if other.count < Self.listLimit {
                other.append(all[index])
            }
        }
        return (page, other, all.count - page.count)
    }

    func node() -> HTMLNode {
        let (page, other, otherCount) = diagnostics
        let opens = page.contains { $0.severity == .error }
        let panel: [HTMLNode] = [
            .element("summary", [], [.text(summaryLine(page: page))]),
            .element("div", attrs(("class", "body")), switcher() + pageSection(page) + [
                diagnosticSection("Other diagnostics", other, count: otherCount, id: "wm-other"),
                .element("p", attrs(("class", "meta")), [.text(footer)]),
            ]),
        ]
        let details = HTMLNode.element("details", [HTMLNode.Attribute("id", "wm-panel")] + (opens ? [HTMLNode.Attribute("open", nil)] : []), panel)
        return .element("waymark-preview", attrs(("data-generation", String(generation))), [
            .element("template", attrs(("shadowrootmode", "open")), [
                .element("link", attrs(("rel", "stylesheet"), ("href", PreviewRoutes.overlayStylesheet))),
                details,
            ]),
        ])
    }

    private func summaryLine(page: [Diagnostic]) -> String {
        let errors = build.diagnostics.errorCount
        var parts = ["Waymark", "\(errors) error\(errors == 1 ? "" : "s")", "\(build.diagnostics.count - errors) warning\(build.diagnostics.count - errors == 1 ? "" : "s")"]
        if !page.isEmpty { parts.append("\(page.count) on this page") }
        if let reading = insight?.readability { parts.append(Self.describe(reading)) }
        return parts.joined(separator: " · ")
    }

    private var footer: String {
        let locales = build.selection.locale.map { "\(build.sourceLocale ?? "source") + \($0)" } ?? "all locales"
        return "Channel \(build.channel ?? "none"), \(locales); build \(generation) took \(String(format: "%.2f", build.seconds)) s."
    }

    /// "flesch-kincaid-grade 6.2 (target max 5: missed)".
    static func describe(_ reading: ReadabilitySummary) -> String {
        let score = String(format: "%.1f", reading.score)
        guard let target = reading.target else { return "\(reading.formula) \(score)" }
        return "\(reading.formula) \(score) (target \(target): \(reading.passed == false ? "missed" : "met"))"
    }

    private func pageSection(_ page: [Diagnostic]) -> [HTMLNode] {
        guard let insight else { return [diagnosticSection("Diagnostics", [], id: "wm-page")] }
        var items: [HTMLNode] = [.element("p", [], [.text("Source: \(insight.sourcePath)" + (insight.editPath == insight.sourcePath ? "" : "; translation: \(insight.editPath)"))])]
        if let reading = insight.readability {
            items.append(.element("p", attrs(("id", "wm-reading"), ("class", reading.passed == false ? "missed" : "met")), [.text("Reading level: " + Self.describe(reading))]))
        } else {
            items.append(.element("p", attrs(("id", "wm-reading")), [.text("Reading level: not measured (a page is measured once it is fully translated)")]))
        }
        if insight.locale != build.sourceLocale {
            let total = insight.translation.translated + insight.translation.fuzzy + insight.translation.untranslated
            items.append(.element("p", attrs(("id", "wm-fallback")), [.text(
                "\(insight.fallbackSegments) segment\(insight.fallbackSegments == 1 ? "" : "s") fall back to the source (\(build.sourceLocale ?? "source")); "
                    + "\(insight.translation.translated) of \(total) translated, \(insight.translation.fuzzy) fuzzy, \(insight.translation.untranslated) untranslated")]))
        }
        if !insight.hardestSentences.isEmpty {
            let sentences = insight.hardestSentences.map { sentence in
                HTMLNode.element("li", [], [.text("\(String(format: "%.1f", sentence.score)) (line \(sentence.line)): \(sentence.text)")])
            }
            items.append(.element("p", [], [.text("Hardest sentences, highlighted in the page:")]))
            items.append(.element("ol", attrs(("id", "wm-hotspots")), sentences))
        }
        return [.element("section", attrs(("aria-label", "This page")), items), diagnosticSection("Diagnostics for this page", page, id: "wm-page")]
    }

    /// A list of `diagnostics` (at most `listLimit` shown) out of `count` (default: all of them).
    private func diagnosticSection(_ title: String, _ diagnostics: [Diagnostic], count: Int? = nil, id: String) -> HTMLNode {
        let count = count ?? diagnostics.count
        let items = diagnostics.prefix(Self.listLimit).map { diagnostic in
            HTMLNode.element("li", attrs(("class", diagnostic.severity.rawValue)), [.element("code", [], [.text(diagnostic.description)])])
        }
        let more = count > Self.listLimit ? [HTMLNode.element("p", [], [.text("and \(count - Self.listLimit) more")])] : []
        return .element("section", attrs(("id", id), ("aria-label", title)), [
            .element("h2", [], [.text("\(title) (\(count))")]),
            diagnostics.isEmpty ? .element("p", [], [.text("None.")]) : .element("ul", [], items),
        ] + more)
    }

    /// Links that rebuild another channel or locale and land on the same page there.
    private func switcher() -> [HTMLNode] {
        guard !build.channels.isEmpty else { return [] }
        let channels = build.channels.map { channel in
            link(channel.name, current: channel.name == build.channel, selection: PreviewSelection(channel: channel.name, locale: build.selection.locale))
        }
        let locales = [link("all", current: build.selection.locale == nil, selection: PreviewSelection(channel: build.channel, locale: nil))]
            + build.locales.filter { $0 != build.sourceLocale }.map { locale in
                link(locale, current: build.selection.locale == locale, selection: PreviewSelection(channel: build.channel, locale: locale))
            }
        return [.element("nav", attrs(("aria-label", "Preview channel and locale")), [
            .element("p", [], [.text("Channel: ")] + channels),
            .element("p", [], [.text("Locales: ")] + locales),
        ])]
    }

    private func link(_ label: String, current: Bool, selection: PreviewSelection) -> HTMLNode {
        let href = PreviewRoutes.selectURL(selection, from: path)
        return .element("a", attrs(("href", href), ("aria-current", current ? "true" : nil), ("class", "choice")), [.text(label)])
    }
}
