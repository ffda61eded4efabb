import Foundation

/// Waymark's entry points: values in, values out. The CLI reads a
/// `ProjectFiles` snapshot, calls `check` or `build`, prints the diagnostics
/// and publishes the channels; nothing here touches the disk except through
/// the `ChannelWriter` a streamed build is given.
public struct Compiler: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    /// Runs every rule without producing output (`waymark check`).
    public func check(_ files: ProjectFiles) -> BuildResult {
        compile(files, destination: .nowhere)
    }

    /// Checks, then renders every selected channel into memory (`serve`, tests).
    public func build(_ files: ProjectFiles) -> BuildResult {
        compile(files, destination: .memory)
    }

    /// `build(_:)` taking every unchanged page, catalog and localization from `previous`
    /// (`serve`'s last build); the result's `reuse` is what to hand the next build.
    public func build(_ files: ProjectFiles, reusing previous: AnalysisReuse?) -> BuildResult {
        compile(files, destination: .memory, reusing: previous, keepsAnalysis: true)
    }

    /// Checks, then renders every selected channel straight into `writer`'s staging
    /// areas (`waymark build`): nothing is published until `BuiltChannel.publish`,
    /// and a channel that fails is discarded here.
    public func build(_ files: ProjectFiles, into writer: some ChannelWriter) -> BuildResult {
        compile(files, destination: .writer(writer))
    }

    /// A build that stops before rendering: its (configuration failure) result.
    struct Stop: Error {
        var result: BuildResult
    }

    /// The analysis up to `Checked` for the selected locales and the `publish-fuzzy`
    /// settings of the selected channels and their onion twins.
    /// `localizesLazily`: pages unchanged since an earlier process come from the page-load and
    /// localization caches, their trees parsed and spliced on demand (`build`, `check`; not
    /// `serve`, which keeps trees).
    func analyze(_ files: ProjectFiles, cache: CacheContext? = nil, reusing previous: AnalysisReuse? = nil, localizesLazily: Bool = true) throws(Stop) -> ProjectAnalysis.Checked {
        let lazyCache = localizesLazily ? cache : nil
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files, reusing: previous, cache: lazyCache) } catch {
            throw Stop(result: BuildResult(diagnostics: error.diagnostics.sorted(), channels: [], failedChannels: [], isConfigurationFailure: true))
        }
        if let problem = selectionProblem(loaded.configuration) {
            throw Stop(result: BuildResult(diagnostics: [problem], channels: [], failedChannels: [], isConfigurationFailure: true))
        }
        let settings = Set(selectedChannels(loaded.configuration).flatMap { channel in
            [channel.publishFuzzy] + (Self.onionTwin(of: channel, in: loaded.configuration).map { [$0.publishFuzzy] } ?? [])
        })
        return loaded.segmented()
            .withCatalogs(locales: selectedLocales(loaded.configuration), cache: lazyCache)
            .localized(publishFuzzy: settings, cache: lazyCache)
            .checked(cache: cache)
    }

    private func compile(_ files: ProjectFiles, destination: RenderStage.Destination, reusing previous: AnalysisReuse? = nil, keepsAnalysis: Bool = false) -> BuildResult {
        Parallelism.$jobs.withValue(options.jobs ?? Parallelism.jobs) {
            compileInScope(files, destination: destination, reusing: previous, keepsAnalysis: keepsAnalysis)
        }
    }

    private func compileInScope(_ files: ProjectFiles, destination: RenderStage.Destination, reusing previous: AnalysisReuse?, keepsAnalysis: Bool) -> BuildResult {
        let cacheProblems = options.cache?.open() ?? []
        let cache = options.cache.map { CacheContext(store: $0, files: files, options: options) }
        var checked: ProjectAnalysis.Checked
        do { checked = try analyze(files, cache: cache, reusing: previous, localizesLazily: !keepsAnalysis) } catch { return error.result }
        // Rendering reads the localized pages, never the parsed catalogs or the units: a build that
        // hands no analysis on frees them while it renders (a clean build of 10,000 pages x 3 locales
        // then renders with 640 MB in use instead of 1,330). Pages whose trees are spliced on demand
        // keep their catalogs until they are rendered.
        if !keepsAnalysis { freeInBackground(checked.takingCatalogsAndUnits()) }
        let project = checked.project
        let policy = SeverityPolicy(overrides: project.configuration.ruleSeverities)
        // `rules:` overrides apply once to the project's diagnostics here and to each channel's in the render stage.
        let projectDiagnostics = policy.apply([cacheProblems] + checked.diagnosticBatches)
        // Channel problems (page weight, untranslated) are found while rendering, so
        // `check` renders too but keeps nothing.
        let projectFailed = projectDiagnostics.contains(where: \.hasErrors)
        let channels = selectedChannels(project.configuration)
        // Localized once per publish-fuzzy setting by the analysis; the channels render concurrently.
        let outcomes = RenderStage(project: project, options: options, localized: checked.localized.projects, cache: cache)
            .run(channels, policy: policy, projectFailed: projectFailed, destination: destination)
        // The cache's next indexes are written while the diagnostics are ordered: two serial
        // tails of a rebuild (0.25 s and 0.1 s at 10,000 pages) that share nothing.
        let pruning = options.cache.map { store in BackgroundWork { [self] in prune(store, channels: channels) } }
        if !options.freesAnalysis { ExitTimeKeeper.keep(checked) }
        var insights = PreviewInsights(channels: project.configuration.channels, locales: project.configuration.locales,
                                       sourceLocale: project.configuration.sourceLocale, pages: [:])
        for outcome in outcomes { insights.pages[outcome.channel.name] = outcome.insights }
        let rendersFiles = if case .nowhere = destination { false } else { true }
        let unique = DiagnosticOrder.unique(projectDiagnostics + outcomes.map(\.diagnostics))
        _ = pruning?.value
        return BuildResult(diagnostics: unique, channels: outcomes.compactMap(\.built),
                           failedChannels: rendersFiles ? outcomes.filter(\.failed).map(\.channel.name) : [], isConfigurationFailure: false,
                           preview: options.collectsPreviewInsights ? insights : nil,
                           reuse: keepsAnalysis ? AnalysisReuse(checked) : nil)
    }

    /// Ends the build's use of the cache: every namespace it used gets its next
    /// index. After a build of every locale, the built channels' pages and the QA
    /// keep only what this build used, so the cache stays the size of one build;
    /// a build of some locales (`--locales`, `serve --locale`) only adds to them.
    private func prune(_ store: BuildCache, channels: [ChannelConfiguration]) {
        let complete = options.locales == nil
        let analysis = [CachedQA.namespace, CachedLocalizations.namespace, CachedCatalogParses.namespace, CachedPageLoads.namespace, CachedPageRules.namespace]
        store.finish(pruning: complete ? Set(channels.map { CacheContext.pagesNamespace($0.name) } + analysis) : [])
    }

    /// The `profile: tor` HTML channel a web channel's `onion-location` announces, if the project builds one.
    static func onionTwin(of channel: ChannelConfiguration, in configuration: ProjectConfiguration) -> ChannelConfiguration? {
        guard channel.format == .html, channel.profile == .web, channel.onionLocation?.isEmpty == false else { return nil }
        return configuration.channels.first { $0.format == .html && $0.profile == .tor }
    }

    /// The source locale plus the `--locales` selection, in configuration order.
    private func selectedLocales(_ configuration: ProjectConfiguration) -> [String] {
        configuration.locales.filter { $0 == configuration.sourceLocale || options.locales?.contains($0) ?? true }
    }

    private func selectedChannels(_ configuration: ProjectConfiguration) -> [ChannelConfiguration] {
        guard let names = options.channels else { return configuration.channels }
        return configuration.channels.filter { names.contains($0.name) }
    }

    /// `--channels`/`--locales` naming something the project does not have is a usage error.
    private func selectionProblem(_ configuration: ProjectConfiguration) -> Diagnostic? {
        let at = SourceLocation(path: ConfigurationLoader.fileName)
        for name in options.channels ?? [] where !configuration.channels.contains(where: { $0.name == name }) {
            return ConfigRule.diagnostic("no channel named '\(name)' in waymark.yaml", at: at)
        }
        for locale in options.locales ?? [] where !configuration.locales.contains(locale) {
            return ConfigRule.diagnostic("no locale '\(locale)' in waymark.yaml", at: at)
        }
        return nil
    }
}
