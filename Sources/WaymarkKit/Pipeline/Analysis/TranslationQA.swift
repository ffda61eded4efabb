/// Translation QA of the check stage (SPEC §6): the per-entry rules on every
/// live catalog of a translatable source file, at the `.po` lines, then the
/// cross-catalog consistency checks of each locale.
struct TranslationQA: Sendable {
    var cataloged: ProjectAnalysis.Cataloged
    /// The build's inline analyses, shared with the localize stage.
    var analyses: InlineAnalysisMemo
    /// Answers the QA of catalogs unchanged since a previous build (`.waymark-cache/qa`).
    var cache: CacheContext? = nil

    /// Every QA diagnostic, glossary loading problems included.
    var diagnostics: [Diagnostic] {
        let project = cataloged.project, catalogs = cataloged.catalogs
        var diagnostics: [Diagnostic] = []
        var terms: [GlossaryTerm] = []
        let glossaryFile = project.data.first(where: { $0.name == GlossaryLoader.dataName })
        if let file = glossaryFile {
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
        let files = cataloged.files
        let cached = cache.map { CachedQA(context: $0, glossary: glossaryFile.flatMap { files.files[$0.path] }, pageIDs: pageIDs) }
        let answers = work.parallelMap { locale, path, sourcePath -> CachedQA.Answer? in
            guard let cached, catalogs.isUsable(path, locale: locale), let contents = files.files[path] else { return nil }
            return cached.answer(path: path, locale: locale, sourcePath: sourcePath, contents: contents)
        }
        // The build's memo (shared with localize): each distinct msgid and msgstr is parsed
        // once for every locale and rule; catalogs the cache answers are never analysed.
        // Checked page by page, each page's catalogs in every locale one after another, and
        // each analysis dropped after the last catalog that expects it: a page's msgids are
        // shared by its locales, so the memo holds a few pages' strings at a time.
        let analyses = self.analyses
        let toCheck = work.indices.filter { answers[$0]?.diagnostics == nil }
        let catalogOf: @Sendable (Int) -> POCatalog? = { index in catalogs.catalog(work[index].1, locale: work[index].0) }
        analyses.expect(toCheck.parallelMap { catalogOf($0).map(InlineAnalysisMemo.strings) ?? [] })
        // `work` holds each locale's catalogs in unit order: locale `l`'s catalog of unit `u` is at `l * units + u`.
        let units = translatable.count, locales = project.configuration.targetLocales.count
        let pageMajor = (0..<units).flatMap { unit in (0..<locales).map { $0 * units + unit } }
        var found = pageMajor.parallelMap { index -> [Diagnostic] in
            let (locale, path, sourcePath) = work[index], answer = answers[index]
            if let stored = answer?.diagnostics { return stored }
            guard let catalog = catalogOf(index) else { return [] }
            let result = CatalogQA.check(catalog, path: path, locale: locale, glossary: glossary,
                                         linkScope: TranslationLinkScope(sourcePath: sourcePath, pageIDs: pageIDs), analyses: analyses)
            analyses.release(InlineAnalysisMemo.strings(of: catalog))
            if let answer, let cached { cached.store(result, for: answer.key) }
            return result + (answer?.problem.map { [$0] } ?? [])
        }
        // Back in the work's order (locale by locale), each list moved, not shared.
        var perCatalog = [[Diagnostic]](repeating: [], count: work.count)
        for (position, index) in pageMajor.enumerated() { swap(&perCatalog[index], &found[position]) }
        // Joined into one array sized once, the lists copied in parallel and then freed on
        // another thread: a corpus with hundreds of thousands of warnings holds them twice at
        // most (the lists and the joined copy), never three times.
        perCatalog.insert(diagnostics, at: 0)
        diagnostics = .joinedInParallel(perCatalog)
        // The cached answers hold the same lists: given away too (`consume`), so that the last
        // release, which frees a few hundred thousand diagnostics, is not this thread's.
        freeInBackground((consume perCatalog, consume answers))
        // The consistency checks read every catalog of a locale: answered from the cache
        // while none of them changed (and then no catalog of the locale need be parsed).
        // Every locale's answer is looked up (its key hashes all its catalogs) at once.
        let targetLocales = project.configuration.targetLocales
        let consistencyAnswers = targetLocales.parallelMap { locale -> ([String], CachedQA.Answer?) in
            let live = translatable.map { $0.catalogPath(locale: locale) }.filter { catalogs.isUsable($0, locale: locale) }
            return (live, cached?.consistency(locale: locale, paths: live, files: files))
        }
        for (locale, (live, answer)) in zip(targetLocales, consistencyAnswers) {
            if let stored = answer?.diagnostics {
                diagnostics += stored
                continue
            }
            let found = ConsistencyCheck.check(live.parallelMap { path in (path: path, catalog: catalogs.catalog(path, locale: locale)!) })
            if let answer, let cached { cached.store(found, for: answer.key) }
            diagnostics += found + (answer?.problem.map { [$0] } ?? [])
        }
        return diagnostics
    }
}
