import Foundation

/// `waymark status`: translation state per locale and program (SPEC §9).
public struct StatusReport: Sendable, Codable {
    public struct Row: Sendable, Codable {
        /// Program id, or "(shared)" for UI strings and `_data`.
        public var program: String
        public var translated: Int
        /// Fuzzy entries a translator made, or whose source changed (memory suggestions not included).
        public var fuzzy: Int
        /// Fuzzy entries filled by translation memory and not reviewed yet (SPEC §5.4).
        public var suggestions: Int
        public var untranslated: Int
        public var obsolete: Int
        public var words: Int
        public var translatedWords: Int
        /// translatedWords / words, 0...1.
        public var completeness: Double

        init(program: String, _ summary: TranslationSummary, suggestions: Int = 0) {
            self.program = program
            translated = summary.translated
            fuzzy = summary.fuzzy - suggestions
            self.suggestions = suggestions
            untranslated = summary.untranslated
            obsolete = summary.obsolete
            words = summary.totalWords
            translatedWords = summary.translatedWords
            completeness = (summary.completeness * 10_000).rounded() / 10_000
        }

        private enum CodingKeys: String, CodingKey {
            case program, translated, fuzzy, suggestions, untranslated, obsolete, words, translatedWords, completeness
        }

        /// Reads a row of `status --json`; baselines written before memory suggestions existed have none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            program = try container.decode(String.self, forKey: .program)
            translated = try container.decode(Int.self, forKey: .translated)
            fuzzy = try container.decode(Int.self, forKey: .fuzzy)
            suggestions = try container.decodeIfPresent(Int.self, forKey: .suggestions) ?? 0
            untranslated = try container.decode(Int.self, forKey: .untranslated)
            obsolete = try container.decode(Int.self, forKey: .obsolete)
            words = try container.decode(Int.self, forKey: .words)
            translatedWords = try container.decode(Int.self, forKey: .translatedWords)
            completeness = try container.decode(Double.self, forKey: .completeness)
        }
    }

    public struct LocaleStatus: Sendable, Codable {
        public var locale: String
        public var total: Row
        public var programs: [Row]
    }

    public var sourceLocale: String
    public var locales: [LocaleStatus]

    /// Locales whose completeness is below `minimum`.
    public func locales(below minimum: Double) -> [LocaleStatus] {
        locales.filter { $0.total.completeness < minimum }
    }

    /// Builds the report, or returns the diagnostics that prevent it.
    public static func make(_ files: ProjectFiles, locales selection: [String]? = nil) -> (StatusReport?, [Diagnostic]) {
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch { return (nil, error.diagnostics) }
        let targets = loaded.configuration.targetLocales.filter { selection?.contains($0) ?? true }
        let cataloged = loaded.segmented().withCatalogs(locales: targets)
        return (make(cataloged), loaded.diagnostics + cataloged.catalogs.diagnostics)
    }

    /// The report of the analysis's target locales: stops at the catalogs stage,
    /// as completeness needs no localized pages. The caller reports the diagnostics.
    static func make(_ cataloged: ProjectAnalysis.Cataloged) -> StatusReport {
        let project = cataloged.project, catalogs = cataloged.catalogs
        let targets = project.configuration.targetLocales.filter(cataloged.locales.contains)
        let units = cataloged.translatableUnits
        let statuses = targets.map { locale -> LocaleStatus in
            var rows: [Row] = []
            var total = TranslationSummary()
            var suggestions = 0
            for program in project.programs {
                let files = units.filter { ($0.kind == .page || $0.kind == .program) && $0.catalogName.hasPrefix(program.id + "/") }
                let summary = files.reduce(TranslationSummary()) { $0 + $1.summary(locale: locale, catalogs: catalogs) }
                let suggested = Self.suggestions(files, locale: locale, catalogs: catalogs)
                rows.append(Row(program: program.id, summary, suggestions: suggested))
                total = total + summary
                suggestions += suggested
            }
            let sharedFiles = units.filter { $0.kind == .ui || $0.kind == .data }
            let shared = sharedFiles.reduce(TranslationSummary()) { $0 + $1.summary(locale: locale, catalogs: catalogs) }
            let sharedSuggestions = Self.suggestions(sharedFiles, locale: locale, catalogs: catalogs)
            if shared.totalWords > 0 || shared.translated + shared.untranslated > 0 {
                rows.append(Row(program: "(shared)", shared, suggestions: sharedSuggestions))
            }
            total = total + shared
            suggestions += sharedSuggestions
            return LocaleStatus(locale: locale, total: Row(program: "(all)", total, suggestions: suggestions), programs: rows)
        }
        return StatusReport(sourceLocale: project.configuration.sourceLocale, locales: statuses)
    }

    /// Memory suggestions among the live entries of `files`' catalogs that are still sources.
    private static func suggestions(_ files: [SourceFileUnits], locale: String, catalogs: CatalogStore) -> Int {
        files.reduce(0) { count, file in
            guard let catalog = catalogs.catalog(file.catalogPath(locale: locale), locale: locale) else { return count }
            let keys = Set(file.sources.map(\.key))
            return count + catalog.entries.filter { TranslationMemory.isSuggestion($0) && keys.contains($0.key) }.count
        }
    }

    /// The human table: one block per locale, a row per program.
    public func table() -> String {
        var lines: [String] = []
        let header = ["program", "translated", "fuzzy", "suggested", "untranslated", "obsolete", "words", "done"]
        for status in locales {
            lines.append("\(status.locale) (\(LocaleDisplayName.name(for: status.locale)))")
            let rows = (status.programs + [status.total]).map { row in
                [row.program, "\(row.translated)", "\(row.fuzzy)", "\(row.suggestions)", "\(row.untranslated)", "\(row.obsolete)",
                 "\(row.translatedWords)/\(row.words)", String(format: "%.1f%%", row.completeness * 100)]
            }
            let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            func format(_ cells: [String]) -> String {
                cells.enumerated().map { index, cell in
                    index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[index] - cell.count) + cell
                }.joined(separator: "  ")
            }
            lines.append("  " + format(header))
            lines += rows.map { "  " + format($0) }
            if status.total.suggestions > 0 {
                let count = status.total.suggestions
                lines.append("  \(count) \(count == 1 ? "suggestion" : "suggestions") to review (filled from translation memory; marked fuzzy)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
