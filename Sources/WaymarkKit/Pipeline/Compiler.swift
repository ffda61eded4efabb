/// Waymark's entry points: values in, values out. The CLI reads a
/// `ProjectFiles` snapshot, calls `check` or `build`, prints the diagnostics
/// and publishes the channels; nothing here touches the disk.
public struct Compiler: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions = BuildOptions()) {
        self.options = options
    }

    /// Runs every rule without producing output (`waymark check`).
    public func check(_ files: ProjectFiles) -> BuildResult {
        compile(files, render: false)
    }

    /// Checks, then renders every selected channel (`waymark build`).
    public func build(_ files: ProjectFiles) -> BuildResult {
        compile(files, render: true)
    }

    /// A build that stops before rendering: its (configuration failure) result.
    struct Stop: Error {
        var result: BuildResult
    }

    /// The analysis up to `Checked` for the selected locales and the `publish-fuzzy`
    /// settings of the selected channels and their onion twins.
    func analyze(_ files: ProjectFiles) throws(Stop) -> ProjectAnalysis.Checked {
        let loaded: ProjectAnalysis.Loaded
        do { loaded = try ProjectAnalysis.load(files) } catch {
            throw Stop(result: BuildResult(diagnostics: error.diagnostics.sorted(), channels: [], failedChannels: [], isConfigurationFailure: true))
        }
        if let problem = selectionProblem(loaded.configuration) {
            throw Stop(result: BuildResult(diagnostics: [problem], channels: [], failedChannels: [], isConfigurationFailure: true))
        }
        let settings = Set(selectedChannels(loaded.configuration).flatMap { channel in
            [channel.publishFuzzy] + (Self.onionTwin(of: channel, in: loaded.configuration).map { [$0.publishFuzzy] } ?? [])
        })
        return loaded.segmented()
            .withCatalogs(locales: selectedLocales(loaded.configuration))
            .localized(publishFuzzy: settings)
            .checked()
    }

    private func compile(_ files: ProjectFiles, render: Bool) -> BuildResult {
        let checked: ProjectAnalysis.Checked
        do { checked = try analyze(files) } catch { return error.result }
        let project = checked.project
        let policy = SeverityPolicy(overrides: project.configuration.ruleSeverities)
        let projectDiagnostics = checked.diagnostics
        var built: [BuiltChannel] = []
        var failed: [String] = []
        // Channel problems (page weight, untranslated) are found while rendering, so
        // `check` renders too but keeps nothing.
        let channels = selectedChannels(project.configuration)
        // Localized once per publish-fuzzy setting by the analysis; the channels render concurrently.
        let localized = checked.localized.projects
        let renderings = channels.parallelMap { channel -> (ChannelRendering, [Diagnostic], [String: PageInsight]) in
            guard let localizedProject = localized[channel.publishFuzzy] else { return (ChannelRendering(files: []), [], [:]) }
            var (site, policyDiagnostics) = SiteAssembler(project: project, channel: channel, localized: localizedProject).assemble()
            if let twin = Self.onionTwin(of: channel, in: project.configuration) {
                // onion-location only where the onion mirror has the page (SPEC §8).
                let twinLocalized = localized[twin.publishFuzzy] ?? localizedProject
                site.onionFiles = HTMLLayout.documentFiles(of: SiteAssembler(project: project, channel: twin, localized: twinLocalized).assemble().site)
            }
            let insights = options.collectsPreviewInsights ? PreviewInsights.collect(site, localized: localizedProject) : [:]
            return (site.render(), policyDiagnostics, insights)
        }
        var insights = PreviewInsights(channels: project.configuration.channels, locales: project.configuration.locales,
                                       sourceLocale: project.configuration.sourceLocale, pages: [:])
        // `rules:` overrides apply here, once, to the project's and every channel's diagnostics.
        let batches = policy.apply([projectDiagnostics] + renderings.map { rendering, policyDiagnostics, _ in rendering.diagnostics + policyDiagnostics })
        let projectFailed = batches[0].hasErrors
        for (index, (channel, (rendering, _, pages))) in zip(channels, renderings).enumerated() {
            insights.pages[channel.name] = pages
            let channelFailed = projectFailed || batches[index + 1].hasErrors
            if channelFailed { failed.append(channel.name) }
            if render, !channelFailed || options.keepFailedChannels {
                built.append(finish(channel, rendering))
            }
        }
        let unique = Array(Set(batches.joined())).sorted()
        return BuildResult(diagnostics: unique, channels: built, failedChannels: render ? failed : [], isConfigurationFailure: false,
                           preview: options.collectsPreviewInsights ? insights : nil)
    }

    /// The `profile: tor` HTML channel a web channel's `onion-location` announces, if the project builds one.
    static func onionTwin(of channel: ChannelConfiguration, in configuration: ProjectConfiguration) -> ChannelConfiguration? {
        guard channel.format == .html, channel.profile == .web, channel.onionLocation?.isEmpty == false else { return nil }
        return configuration.channels.first { $0.format == .html && $0.profile == .tor }
    }

    private func finish(_ channel: ChannelConfiguration, _ rendering: ChannelRendering) -> BuiltChannel {
        let manifest = Manifest(channel: channel.name, files: rendering.files, sourceRevision: options.sourceRevision, sourceDateEpoch: options.sourceDateEpoch)
        let files = rendering.files + [OutputFile(path: Manifest.fileName, contents: manifest.encoded())]
        return BuiltChannel(name: channel.name, files: files, pageWeights: rendering.pageWeights)
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
