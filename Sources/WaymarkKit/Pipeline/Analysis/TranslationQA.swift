/// Translation QA of the check stage (SPEC §6): the per-entry rules on every
/// live catalog of a translatable source file, at the `.po` lines, then the
/// cross-catalog consistency checks of each locale.
struct TranslationQA: Sendable {
    var cataloged: ProjectAnalysis.Cataloged
    /// The build's inline analyses, shared with the localize stage.
    var analyses: InlineAnalysisMemo

    /// Every QA diagnostic, glossary loading problems included.
    var diagnostics: [Diagnostic] {
        let project = cataloged.project, catalogs = cataloged.catalogs
        var diagnostics: [Diagnostic] = []
        var terms: [GlossaryTerm] = []
        if let file = project.data.first(where: { $0.name == GlossaryLoader.dataName }) {
            let loaded = GlossaryLoader.load(file.root, path: file.path)
            terms = loaded.terms
            diagnostics += loaded.diagnostics
        }
        let translatable = cataloged.translatableUnits
        let work = project.configuration.targetLocales.flatMap { locale in
            translatable.map { (locale, $0.catalogPath(locale: locale), $0.sourcePath) }
        }
        let glossary = terms
        let pageIDs = Set(project.pages.map(\.id))
        // Each distinct msgid and msgstr is parsed once for every locale and rule.
        let analyses = self.analyses
        diagnostics += work.parallelMap { locale, path, sourcePath -> [Diagnostic] in
            guard let catalog = catalogs.catalog(path, locale: locale) else { return [] }
            return CatalogQA.check(catalog, path: path, locale: locale, glossary: glossary,
                                   linkScope: TranslationLinkScope(sourcePath: sourcePath, pageIDs: pageIDs), analyses: analyses)
        }.flatMap { $0 }
        for locale in project.configuration.targetLocales {
            let live = translatable.map { $0.catalogPath(locale: locale) }
            diagnostics += ConsistencyCheck.check(live.compactMap { path in catalogs.catalog(path, locale: locale).map { (path, $0) } })
        }
        return diagnostics
    }
}
