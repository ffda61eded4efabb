/// Every page, program and UI string of the project in every selected locale,
/// with translation state. Built once per `publish-fuzzy` setting and shared
/// by all channels with that setting.
struct LocalizedProject: Sendable {
    struct Locale: Sendable {
        var tag: String
        /// Page id -> localized page.
        var pages: [String: LocalizedPage]
        /// Program id -> title and description, with which of them are shown in the source language.
        var programs: [String: ProgramText]
        var ui: [String: String]
        /// Completeness of the whole locale: every unit of every catalog.
        var summary: TranslationSummary
        /// Each translatable file's part of `summary`, by source path (target locales only).
        var fileSummaries: [String: TranslationSummary] = [:]
    }

    var locales: [Locale]
    var diagnostics: [Diagnostic]
    /// `cache-corrupt` warnings for damaged localization-cache entries (each page localized again).
    var cacheProblems: [Diagnostic] = []
    /// Pages spliced and measured by this build, in any locale (the others came from `reusable` or the cache).
    var localizedCount = 0
    /// True when pages may come from the localization cache, their trees spliced when read (`PageTree`).
    var splicesOnDemand = false

    /// `reusable` answers a page in a locale whose inputs are unchanged since an earlier
    /// build (`serve`, see `AnalysisReuse`), so it is neither spliced nor measured again;
    /// `reusableSummary` answers a file's translation summary in a locale the same way.
    /// `cache` answers a page in a locale from an earlier process (`CachedLocalizations`):
    /// its tree is then spliced only when read.
    init(project: ContentProject, units: [SourceFileUnits], catalogs: CatalogStore, locales tags: [String], publishFuzzy: Bool,
         analyses: InlineAnalysisMemo = InlineAnalysisMemo(), reusable: @Sendable (SourcePage, String) -> LocalizedPage? = { _, _ in nil },
         reusableSummary: @Sendable (SourceFileUnits, String) -> TranslationSummary? = { _, _ in nil }, cache: CacheContext? = nil) {
        let byPath = Dictionary(units.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        let source = project.configuration.sourceLocale
        let lookup = DataLookup(project: project)
        let pageIDs = Set(project.pages.map(\.id))
        let values = tags.map { tag in
            Self.placeholderValues(tag == source ? nil : tag, units: units, catalogs: catalogs, lookup: lookup, publishFuzzy: publishFuzzy)
        }
        let cached = cache.map { CachedLocalizations(context: $0, pageIDs: pageIDs) }
        splicesOnDemand = cached != nil
        let localeKeys = tags.map { tag in cached?.localeKey(tag, isSource: tag == source, publishFuzzy: publishFuzzy) }
        // Every page of every locale in one parallel pass: a pass per program (or per
        // locale) would wait for its slowest page before the next one starts.
        // Job `j` is page `j % pagesPerLocale` in locale `j / pagesPerLocale`: the locales' jobs are
        // contiguous, and no list of (locale, program, page) triples is copied together first.
        let pages = project.programs.filter { byPath[$0.path] != nil }.flatMap { program in program.pages.map { (program, $0) } }
        let pagesPerLocale = pages.count
        let localizedPages = [Int](0..<(tags.count * pagesPerLocale)).parallelMap { job -> Job in
            let index = job / pagesPerLocale, (program, page) = pages[job % pagesPerLocale]
            let tag = tags[index], isSource = tag == source
            if let reused = reusable(page, tag) { return Job(page: reused) }
            // A page with no units, or not translated, has nothing to localize in this locale.
            guard let file = byPath[page.path], isSource || page.frontMatter.translate else { return Job() }
            var answer: CachedLocalizations.Answer? = nil
            if let cached, let localeKey = localeKeys[index] {
                let key = cached.key(page, audience: page.audience(in: program), catalogPath: isSource ? nil : file.catalogPath(locale: tag), localeKey: localeKey)
                let recipe = PageTree.Recipe(page: page, units: file, locale: tag, isSource: isSource, publishFuzzy: publishFuzzy,
                                             catalogs: catalogs, placeholders: values[index], pageIDs: pageIDs)
                answer = cached.answer(key, recipe: recipe)
                if let stored = answer?.page { return Job(page: stored) }
            }
            var localized = Self.localize(page, in: program, file: file, locale: tag, isSource: isSource,
                                          project: project, catalogs: catalogs, values: values[index], publishFuzzy: publishFuzzy,
                                          pageIDs: pageIDs, analyses: analyses)
            // Only the measurement reads the edit lines; a kept page does not carry them.
            localized?.leafLines = [:]
            if let cached, let answer, let localized { cached.store(localized, for: answer.key) }
            return Job(page: localized, localized: true, problem: answer?.problem)
        }
        cacheProblems = localizedPages.compactMap(\.problem)
        localizedCount = localizedPages.filter(\.localized).count
        // Each locale's pages and diagnostics gathered on its own thread, joined in locale order.
        let gathered = [Int](tags.indices).parallelMap { index -> ([String: LocalizedPage], [Diagnostic]) in
            var pages: [String: LocalizedPage] = [:], diagnostics: [Diagnostic] = []
            pages.reserveCapacity(pagesPerLocale)
            for job in localizedPages[(index * pagesPerLocale)..<((index + 1) * pagesPerLocale)] {
                guard let localized = job.page else { continue }
                if tags[index] != source { diagnostics += localized.diagnostics }
                if let problem = localized.readabilityDiagnostic { diagnostics.append(problem) }
                pages[localized.page.id] = localized
            }
            return (pages, diagnostics)
        }
        let pagesByLocale = gathered.map(\.0)
        let diagnostics = [Diagnostic].joinedInParallel(gathered.map(\.1))
        // Each file's summary in each target locale, in parallel: thousands of files per locale.
        // A localized page holds its file's summary already (`PageLocalizer` computes the same one).
        let translatable = units.filter(\.isTranslatable)
        let fileSummaries = tags.indices.map { index -> [TranslationSummary] in
            let tag = tags[index]
            guard tag != source else { return [] }
            let pageSummaries = Dictionary(pagesByLocale[index].values.map { ($0.page.path, $0.summary) }, uniquingKeysWith: { first, _ in first })
            return translatable.parallelMap { file in
                (file.kind == .page ? pageSummaries[file.sourcePath] : nil) ?? reusableSummary(file, tag) ?? file.summary(locale: tag, catalogs: catalogs)
            }
        }
        locales = tags.indices.map { index in
            let tag = tags[index]
            var programs: [String: ProgramText] = [:]
            for program in project.programs {
                guard let programUnits = byPath[program.path] else { continue }
                programs[program.id] = Self.programText(program, units: programUnits, locale: tag, isSource: tag == source, catalogs: catalogs, publishFuzzy: publishFuzzy)
            }
            let summary: TranslationSummary
            if tag == source {
                let words = units.reduce(0) { $0 + $1.wordCount }
                summary = TranslationSummary(translated: units.reduce(0) { $0 + $1.units.count }, translatedWords: words, totalWords: words)
            } else {
                summary = fileSummaries[index].reduce(TranslationSummary(), +)
            }
            let ui = Dictionary(project.ui.map { ($0.key, values[index].value(of: "ui.\($0.key)") ?? $0.text) }, uniquingKeysWith: { first, _ in first })
            let files = Dictionary(zip(translatable.map(\.sourcePath), fileSummaries[index]), uniquingKeysWith: { first, _ in first })
            return Locale(tag: tag, pages: pagesByLocale[index], programs: programs, ui: ui, summary: summary, fileSummaries: files)
        }
        self.diagnostics = diagnostics
    }

    /// What localizing one page in one locale gave: the page (nil: not in this locale),
    /// whether this build spliced it, and a damaged cache entry's warning.
    private struct Job: Sendable {
        var page: LocalizedPage? = nil
        var localized = false
        var problem: Diagnostic? = nil
    }

    /// One page in one locale, measured against its audience once complete.
    private static func localize(_ page: SourcePage, in program: Program, file: SourceFileUnits, locale: String, isSource: Bool,
                                 project: ContentProject, catalogs: CatalogStore, values: PlaceholderValues, publishFuzzy: Bool,
                                 pageIDs: Set<String>, analyses: InlineAnalysisMemo) -> LocalizedPage? {
        var localized: LocalizedPage
        if isSource {
            localized = PageLocalizer.source(page, placeholders: values, units: file, locale: locale)
        } else if page.frontMatter.translate {
            localized = PageLocalizer(locale: locale, publishFuzzy: publishFuzzy, catalogs: catalogs, placeholders: values,
                                      pageIDs: pageIDs, analyses: analyses).localize(page, units: file)
        } else {
            return nil
        }
        // A partly translated page mixes languages; it is measured once complete.
        if localized.isComplete {
            localized.measured = PageReadability(page: localized, audience: project.configuration.audience(named: page.audience(in: program)))
        }
        return localized
    }

    private static func programText(_ program: Program, units: SourceFileUnits, locale: String, isSource: Bool, catalogs: CatalogStore, publishFuzzy: Bool) -> ProgramText {
        var text = ProgramText(title: program.title, description: program.description)
        guard !isSource else { return text }
        let path = units.catalogPath(locale: locale)
        let catalog = catalogs.catalog(path, locale: locale)
        text.titleIsFallback = true
        text.descriptionIsFallback = !program.description.isEmpty
        for unit in units.units {
            let translation = UnitTranslation.lookup(unit.source, in: catalog, path: path)
            guard translation.isUsable(publishFuzzy: publishFuzzy), let value = translation.text else { continue }
            if unit.role == .programTitle { text.title = value; text.titleIsFallback = false }
            if unit.role == .programDescription { text.description = value; text.descriptionIsFallback = false }
        }
        return text
    }

    /// Translated UI strings and data fields of `locale` (nil: the source locale).
    private static func placeholderValues(_ locale: String?, units: [SourceFileUnits], catalogs: CatalogStore, lookup: DataLookup, publishFuzzy: Bool) -> PlaceholderValues {
        var translated: [String: String] = [:]
        if let locale {
            for file in units where file.kind == .ui || file.kind == .data {
                let path = file.catalogPath(locale: locale)
                let catalog = catalogs.catalog(path, locale: locale)
                for unit in file.units {
                    let translation = UnitTranslation.lookup(unit.source, in: catalog, path: path)
                    guard translation.isUsable(publishFuzzy: publishFuzzy), let text = translation.text else { continue }
                    switch unit.role {
                    case .uiString(let key): translated["ui.\(key)"] = unit.source.msgidPlural == nil ? text : (translation.pluralForms.last ?? text)
                    case .dataField(let path): translated[path] = text
                    default: break
                    }
                }
            }
        }
        return PlaceholderValues(source: lookup, translated: translated)
    }
}
