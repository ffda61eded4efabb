/// Produces a page in a target locale: looks each unit up in the page's
/// catalog, splices usable translations into the Markdown source and takes
/// the result's parse from `Reassembler` (the same parser as the source), so
/// translations may use the same inline Markdown and links resolve per locale.
struct PageLocalizer: Sendable {
    var locale: String
    var publishFuzzy: Bool
    var catalogs: CatalogStore
    /// Resolves `{{placeholders}}` in this locale.
    var placeholders: PlaceholderValues
    /// Ids of every page, so a translation may link to another page that exists.
    var pageIDs: Set<String> = []
    /// The build's inline analyses: a translation vetted here is not parsed again by QA.
    var analyses = InlineAnalysisMemo()

    func localize(_ page: SourcePage, units file: SourceFileUnits) -> LocalizedPage {
        let path = file.catalogPath(locale: locale)
        let catalog = catalogs.catalog(path, locale: locale)
        var title = page.frontMatter.title, description = page.frontMatter.description ?? ""
        var segmentTexts: [String?] = Array(repeating: nil, count: file.segments.count)
        var missing: [MissingTranslation] = []
        var titleIsFallback = false
        var descriptionIsFallback = false
        var usedLines: [Int: Int] = [:]
        let scope = TranslationLinkScope(sourcePath: page.path, pageIDs: pageIDs)
        for unit in file.units {
            let translation = UnitTranslation.lookup(unit.source, in: catalog, path: path)
            var usable = translation.isUsable(publishFuzzy: publishFuzzy) ? translation.text : nil
            // The trust boundary (SPEC §4): raw HTML, an unsafe URL or a new target is never
            // published, whatever `rules:` says; QA reports it at the `.po` line.
            if let text = usable, !TranslationTrust.permits(source: unit.source.msgid, translation: text, scope: scope, analyses: analyses) {
                usable = nil
            }
            if usable == nil {
                missing.append(MissingTranslation(msgid: unit.source.msgid, location: translation.location, isFuzzy: translation.state == .fuzzy))
            }
            switch unit.role {
            case .pageTitle:
                title = usable ?? title
                titleIsFallback = usable == nil
            case .pageDescription:
                description = usable ?? description
                descriptionIsFallback = usable == nil
            case .segment(let index):
                segmentTexts[index] = usable
                if usable != nil { usedLines[index] = translation.location.line }
            default: break
            }
        }
        // The source tree is reused, and the reassembled tree is the one parse of this page in this locale.
        let reassembly = Reassembler().reassemble(source: page.body, document: page.document, segments: file.segments, translations: segmentTexts)
        var diagnostics: [Diagnostic] = []
        var fallback: Set<Int> = []
        var leafLines: [Int: Int] = [:]
        let rejected = Set(reassembly.problems.map(\.segmentIndex))
        for problem in reassembly.problems {
            diagnostics.append(problem.diagnostic(path: path, line: usedLines[problem.segmentIndex]))
        }
        for (index, segment) in file.segments.enumerated() {
            if segmentTexts[index] == nil || rejected.contains(index) {
                fallback.insert(segment.leafIndex)
            } else if let line = usedLines[index] {
                leafLines[segment.leafIndex] = line
            }
        }
        let document = reassembly.document
        var localized = LocalizedPage(
            page: page, locale: locale, editPath: path,
            title: placeholders.expand(title), description: placeholders.expand(description),
            tree: PageTree(PlaceholderExpander.expand(document, placeholders.value(of:))),
            fallbackLeaves: fallback,
            summary: file.summary(locale: locale, catalogs: catalogs),
            missing: missing, diagnostics: diagnostics, leafLines: leafLines)
        localized.titleIsFallback = titleIsFallback
        localized.descriptionIsFallback = descriptionIsFallback
        return localized
    }

    /// The source locale's page: nothing to look up.
    static func source(_ page: SourcePage, placeholders: PlaceholderValues, units file: SourceFileUnits, locale: String) -> LocalizedPage {
        let words = file.wordCount
        let summary = TranslationSummary(translated: file.units.count, translatedWords: words, totalWords: words)
        var leafLines: [Int: Int] = [:]
        page.document.forEachLeaf { index, leaf in leafLines[index] = leaf.range.startLine }
        return LocalizedPage(
            page: page, locale: locale, editPath: page.path,
            title: placeholders.expand(page.frontMatter.title),
            description: placeholders.expand(page.frontMatter.description ?? ""),
            tree: PageTree(PlaceholderExpander.expand(page.document, placeholders.value(of:))),
            fallbackLeaves: [], summary: summary, missing: [], diagnostics: [], leafLines: leafLines)
    }
}
