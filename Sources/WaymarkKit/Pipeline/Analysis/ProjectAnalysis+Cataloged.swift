import Foundation

extension ProjectAnalysis {
    /// The segmented project with the parsed PO catalogs of the selected locales.
    struct Cataloged: Sendable {
        var segmented: Segmented
        var catalogs: CatalogStore
        /// The selected locales in configuration order, the source locale among them when selected.
        var locales: [String]

        var project: ContentProject { segmented.project }
        var files: ProjectFiles { segmented.files }
        var units: [SourceFileUnits] { segmented.units }
        /// The units that have catalogs (`translate: false` pages have none).
        var translatableUnits: [SourceFileUnits] { units.filter(\.isTranslatable) }

        /// Stage 4: every page in every selected locale, once per `publish-fuzzy`
        /// setting asked for. The strict setting (`false`) is always built: splicing
        /// problems and reading levels are reported from it, whatever the channels publish.
        /// With `cache` (`build`, `check`), a page whose inputs are unchanged since an earlier
        /// process comes from `CachedLocalizations` and is spliced only if its tree is read.
        func localized(publishFuzzy settings: Set<Bool> = [false], cache: CacheContext? = nil) -> Localized {
            let all = settings.union([false]).sorted { !$0 && $1 }
            let analyses = InlineAnalysisMemo()
            let loaded = segmented.loaded
            // Whether only pages and their catalogs changed decides every reuse below: asked once.
            let reuse = loaded.reuse.flatMap { reuse in
                loaded.change.flatMap { Localized.onlyPagesChanged(reuse, change: $0, cataloged: self) ? (reuse, $0) : nil }
            }
            let summaries = Localized.reusableSummaries(reuse)
            let projects = all.map { setting in
                LocalizedProject(project: project, units: units, catalogs: catalogs, locales: locales, publishFuzzy: setting, analyses: analyses,
                                 reusable: Localized.reusablePages(reuse, cataloged: self, publishFuzzy: setting), reusableSummary: summaries, cache: cache)
            }
            return Localized(cataloged: self, projects: Dictionary(uniqueKeysWithValues: zip(all, projects)), analyses: analyses)
        }
    }

    /// The cataloged project localized into every selected locale.
    struct Localized: Sendable {
        var cataloged: Cataloged
        /// One localized project per `publish-fuzzy` setting; `false` is always present.
        var projects: [Bool: LocalizedProject]
        /// The inline analysis of every translation vetted so far; `checked()` reuses and then drops it.
        var analyses: InlineAnalysisMemo

        var project: ContentProject { cataloged.project }

        /// The localization channels with this `publish-fuzzy` setting share.
        func project(publishFuzzy: Bool) -> LocalizedProject? {
            projects[publishFuzzy]
        }

        /// The strict localization (fuzzy entries not published).
        var strict: LocalizedProject { projects[false]! }

        /// Stage 5: the project rules and translation QA, plus what loading, catalogs
        /// and localization found: every diagnostic that does not depend on a channel.
        /// `cache` answers translation QA of catalogs unchanged since a previous build.
        func checked(now: Date = Date(), cache: CacheContext? = nil) -> Checked {
            let segmented = cataloged.segmented
            let rules = checkRules(cache: cache)
            let qa = reusableQA ?? TranslationQA(cataloged: cataloged, analyses: analyses, cache: cache).diagnostics
            let batches = [
                segmented.loaded.diagnostics,
                rules.project + project.pages.flatMap { rules.pages[$0.path] ?? [] },
                cataloged.catalogs.diagnostics,
                qa,
                LongUntranslatedRule.check(project: project, units: segmented.units, ledger: UntranslatedLedger.read(segmented.files), date: now),
                strict.diagnostics,
                projects.keys.sorted { !$0 && $1 }.flatMap { projects[$0]!.cacheProblems },
                rules.cacheProblems,
            ]
            // Rendering needs no inline analyses: the checked value does not keep them alive.
            return Checked(localized: Localized(cataloged: cataloged, projects: projects, analyses: InlineAnalysisMemo()), diagnosticBatches: batches,
                           pageRuleDiagnostics: rules.pages, qaDiagnostics: qa)
        }

        /// The project rules, and the page rules on every page. A page's page-rule diagnostics come
        /// from `serve`'s last build or from the page-rule cache when nothing they read changed;
        /// what is checked here is stored in the cache.
        private func checkRules(cache: CacheContext?) -> (project: [Diagnostic], pages: [String: [Diagnostic]], cacheProblems: [Diagnostic]) {
            let pages = project.pages
            let reusable = reusablePageRules
            let cached = cache.map { CachedPageRules(context: $0, pages: pages) }
            // The cache's answer for each page `serve` does not answer, by path.
            var answers: [String: CachedPageRules.Answer] = [:]
            if let cached {
                for (page, answer) in zip(pages, pages.parallelMap { reusable($0) == nil ? cached.answer($0) : nil }) { answers[page.path] = answer }
            }
            let rules = RuleRegistry.checkProject(RuleContext(project: project)) { [answers] page in reusable(page) ?? answers[page.path]?.diagnostics }
            if let cached {
                _ = answers.filter { $0.value.diagnostics == nil }.parallelMap { path, answer in cached.store(rules.pages[path] ?? [], for: answer.key) }
            }
            return (rules.project, rules.pages, pages.compactMap { answers[$0.path]?.problem })
        }
    }

    /// The localized project and every channel-independent diagnostic: what rendering consumes.
    struct Checked: Sendable {
        var localized: Localized
        /// Load, project-rule, catalog, QA, long-untranslated, localization and localization-cache diagnostics, a batch
        /// each, unsorted, before severity overrides. Kept apart, not joined: a preview of a partly
        /// translated corpus carries tens of thousands of QA warnings, and joining copies each one.
        var diagnosticBatches: [[Diagnostic]]
        /// The page rules' diagnostics of each page, by path (among `diagnostics`), for the next build's reuse.
        var pageRuleDiagnostics: [String: [Diagnostic]] = [:]
        /// The translation QA's diagnostics (among `diagnostics`), for the next build's reuse.
        var qaDiagnostics: [Diagnostic] = []

        var project: ContentProject { localized.project }

        /// Every batch joined, in order.
        var diagnostics: [Diagnostic] { Array(diagnosticBatches.joined()) }

        /// Moves out what only the stages before rendering read, the parsed catalogs and the
        /// translatable units, leaving them empty here (the value can then no longer be reused).
        mutating func takingCatalogsAndUnits() -> (CatalogStore, [SourceFileUnits]) {
            let cataloged = localized.cataloged
            localized.cataloged = Cataloged(segmented: Segmented(loaded: cataloged.segmented.loaded, units: []),
                                            catalogs: CatalogStore(), locales: cataloged.locales)
            return (cataloged.catalogs, cataloged.segmented.units)
        }
    }
}
