import Foundation

/// `waymark readability`: the reading level of every page in every locale
/// where it is fully translated, with its target and hardest sentences.
public enum ReadabilityOverview {
    /// `paths` filters by source path prefix (`Source-Content/online-road-safety`); empty = all.
    public static func make(_ files: ProjectFiles, locales selection: [String]?, paths: [String]) -> (ReadabilityJSONDocument?, [Diagnostic]) {
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch { return (nil, error.diagnostics) }
        let locales = loaded.configuration.locales.filter { selection?.contains($0) ?? true }
        // Reading levels are measured while localizing; no translation QA is needed.
        let localized = loaded.segmented().withCatalogs(locales: locales).localized()
        return (make(localized, paths: paths), loaded.diagnostics)
    }

    /// The overview of an analysis localized into the locales to show: the reading
    /// level measured while localizing, not measured again.
    static func make(_ localized: ProjectAnalysis.Localized, paths: [String]) -> ReadabilityJSONDocument {
        let project = localized.project
        var entries: [ReadabilityPageJSON] = []
        for program in project.programs {
            for page in program.pages where paths.isEmpty || paths.contains(where: { page.path.hasPrefix(normalize($0)) }) {
                for locale in localized.strict.locales {
                    guard let measured = locale.pages[page.id]?.measured else { continue }
                    entries.append(measured.json)
                }
            }
        }
        return ReadabilityJSONDocument(pages: entries)
    }

    static func normalize(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    /// The human table: a line per page and locale, hardest sentences under misses.
    public static func text(_ document: ReadabilityJSONDocument) -> String {
        var lines: [String] = []
        for page in document.pages {
            let score = page.score.map { String(format: "%.1f", $0) } ?? "-"
            let target = page.target.map { ReadabilityTarget.describe(min: $0.min, max: $0.max) } ?? "no target"
            let verdict = page.target == nil ? "" : (page.passed ? "pass" : "FAIL")
            lines.append("\(page.path) [\(page.locale)] \(page.formula) \(score) (\(target)) \(verdict)")
            lines.append(String(format: "    %d words, %d sentences, %.2f syllables/word, %.1f words/sentence", page.words, page.sentences, page.syllablesPerWord, page.wordsPerSentence))
            for hotspot in page.hotspots {
                lines.append("    line \(hotspot.line): \(hotspot.text.excerpt()) (\(String(format: "%.1f", hotspot.score)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
