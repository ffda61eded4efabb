import Foundation

/// `waymark status --format markdown [--since status.json]`: one compact
/// table for a pull-request comment, a row per locale, with the change since
/// a baseline that an earlier `waymark status --json` wrote.
extension StatusReport {
    /// Reads a baseline written by `waymark status --json`.
    public static func baseline(from data: Data) throws -> StatusReport {
        try JSONDecoder().decode(StatusReport.self, from: data)
    }

    /// The Markdown table; with `baseline`, each changed number shows its change in brackets.
    public func markdown(since baseline: StatusReport? = nil) -> String {
        let before = Dictionary((baseline?.locales ?? []).map { ($0.locale, $0.total) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "### Translation status",
            "",
            "| locale | translated | fuzzy | suggested | untranslated | words | done |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for status in locales {
            let row = status.total
            let old = before[status.locale]
            let isNew = baseline != nil && old == nil
            let name = "\(status.locale) (\(LocaleDisplayName.name(for: status.locale)))" + (isNew ? " (new)" : "")
            func count(_ value: Int, _ previous: Int?) -> String {
                guard let previous, previous != value else { return "\(value)" }
                return "\(value) (\(value > previous ? "+" : "-")\(abs(value - previous)))"
            }
            let percent = String(format: "%.1f%%", row.completeness * 100)
            var done = percent
            if let old, abs(old.completeness - row.completeness) >= 0.0005 {
                let change = (row.completeness - old.completeness) * 100
                done += " (\(change > 0 ? "+" : "-")\(String(format: "%.1f", abs(change))))"
            }
            let cells = [name, count(row.translated, old?.translated), count(row.fuzzy, old?.fuzzy),
                         count(row.suggestions, old?.suggestions), count(row.untranslated, old?.untranslated),
                         "\(row.translatedWords)/\(row.words)", done]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if baseline != nil { lines += ["", "Changes in brackets are since the baseline (`--since`)."] }
        return lines.joined(separator: "\n") + "\n"
    }
}
