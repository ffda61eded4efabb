/// Everything Waymark knows about a project snapshot before rendering, built by
/// named, typed stages, each a value in and a value out:
///
///     ProjectFiles --load--> Loaded --segmented--> Segmented --withCatalogs--> Cataloged
///         --localized--> Localized --checked--> Checked --(render: Compiler)--> channels
///
/// A command runs the stages it needs and no more: `status` stops at `Cataloged`,
/// `readability` at `Localized`, `check` and `build` go on to `Checked`. Each stage
/// keeps the one before it, so a later stage never loads, segments or parses again.
/// `docs/architecture.md` draws which command stops where.
enum ProjectAnalysis {
    /// The snapshot did not give a usable project: the configuration is broken (exit 2).
    struct LoadFailure: Error, Sendable {
        var diagnostics: [Diagnostic]
    }

    /// Stage 1: reads `waymark.yaml`, the programs, pages (each parsed once) and data.
    /// The only place Waymark calls the content loader. With `reuse` (`serve`), every
    /// page whose file is unchanged is taken from the previous build, and so are its
    /// units, catalogs and localizations in the later stages. With `cache` (`build`, `check`), a
    /// page whose bytes an earlier process loaded comes from `CachedPageLoads`, units included,
    /// and its tree is parsed only when read.
    static func load(_ files: ProjectFiles, reusing reuse: AnalysisReuse? = nil, cache: CacheContext? = nil) throws(LoadFailure) -> Loaded {
        let loader = ContentLoader(knownFormulas: Set(ReadabilityFormulas.allIDs), knownRules: RuleRegistry.ids)
        let change = reuse?.change(to: files)
        let previousLoads = reuse?.pageLoads ?? [:]
        let pageLoadCache = cache.map { CachedPageLoads(context: $0) }
        let result = loader.load(files, reusable: { path in
            guard let change, change.isUnchanged(path) else { return nil }
            return previousLoads[path]
        }, cache: pageLoadCache)
        guard let project = result.project else { throw LoadFailure(diagnostics: result.diagnostics) }
        // In path order; only the (rare) damaged entries are sorted, not every page of every build.
        let cacheProblems = result.pageLoads.compactMap { path, load in load.cacheProblem.map { (path, $0) } }.sorted { $0.0 < $1.0 }.map(\.1)
        return Loaded(files: files, project: project, diagnostics: result.diagnostics + cacheProblems, pageLoads: result.pageLoads,
                      reuse: reuse, change: change, pageLoadCache: pageLoadCache)
    }

    /// The loaded project: configuration, programs and parsed pages.
    struct Loaded: Sendable {
        var files: ProjectFiles
        var project: ContentProject
        /// What loading found (content problems; the project is still usable).
        var diagnostics: [Diagnostic]
        /// Page path -> its load, for the next build's reuse.
        var pageLoads: [String: ContentLoader.PageLoad] = [:]
        /// The previous build this one reuses from, and what changed since (nil: none).
        var reuse: AnalysisReuse? = nil
        var change: SnapshotChange? = nil
        /// Where the pages loaded by this build (`PageLoad.storeKey`) are stored once segmented.
        var pageLoadCache: CachedPageLoads? = nil

        var configuration: ProjectConfiguration { project.configuration }

        /// Stage 2: splits every source file into the units translators see. A page
        /// unchanged since `serve`'s last build, or answered by the page-load cache, keeps its units.
        func segmented() -> Segmented {
            let previous = reuse.flatMap { reuse in change.map { (units: reuse.pageUnits, change: $0) } }
            let pageLoads = pageLoads
            let units = SourceUnitExtractor(project: project).allFiles { page in
                if let previous, previous.change.isUnchanged(page.path), let units = previous.units[page.path] { return units }
                return pageLoads[page.path]?.units
            }
            storeLoads(units: units)
            return Segmented(loaded: self, units: units)
        }

        /// Stores every page this build loaded in the page-load cache, with its units.
        private func storeLoads(units: [SourceFileUnits]) {
            guard let pageLoadCache else { return }
            let unstored = pageLoads.filter { $0.value.storeKey != nil }
            guard !unstored.isEmpty else { return }
            let byPath = AnalysisReuse.pageUnits(units)
            _ = Array(unstored).parallelMap { path, load in
                if let key = load.storeKey { pageLoadCache.store(load, units: byPath[path], for: key) }
            }
        }
    }

    /// The project with its translatable units (page segments, program metadata, UI strings, data fields).
    struct Segmented: Sendable {
        var loaded: Loaded
        /// Every source file's units, in source order (untranslatable pages included).
        var units: [SourceFileUnits]

        var project: ContentProject { loaded.project }
        var files: ProjectFiles { loaded.files }

        /// Stage 3: parses the catalogs of the target locales among `locales` (the
        /// source locale may be listed; it has no catalogs). With `cache` (`build`, `check`),
        /// a catalog whose parse the cache remembers is parsed only when its entries are read.
        func withCatalogs(locales: [String], cache: CacheContext? = nil) -> Cataloged {
            let targets = project.configuration.targetLocales.filter(locales.contains)
            let change = loaded.change
            let previous = loaded.reuse?.catalogParses ?? [:]
            let catalogs = CatalogStore(files: files, locales: targets, reusable: { path in
                guard let change, change.isUnchanged(path) else { return nil }
                return previous[path]
            }, cache: cache)
            return Cataloged(segmented: self, catalogs: catalogs, locales: locales)
        }
    }
}
