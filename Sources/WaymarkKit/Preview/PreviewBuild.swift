import Foundation

/// One in-memory build of the previewed channel: the files `serve` answers
/// from, the diagnostics and page insights the overlay shows, and how long
/// the build took.
public struct PreviewBuild: Sendable {
    /// Which channel this build is of; nil when nothing could be built (broken `waymark.yaml`).
    public var channel: String?
    public var selection: PreviewSelection
    /// Output path -> bytes.
    public var files: [String: Data]
    /// Every diagnostic of the build, sorted.
    public var diagnostics: [Diagnostic]
    /// Output path -> what the overlay says about that page.
    public var pages: [String: PageInsight]
    /// Channels and locales of `waymark.yaml` for the switcher (empty when it is broken).
    public var channels: [ChannelConfiguration]
    public var locales: [String]
    public var sourceLocale: String?
    /// Seconds the rebuild took (reading files not included).
    public var seconds: Double

    /// True when there is no site to show, only errors.
    public var isBroken: Bool { channel == nil }

    /// An empty build, before the first one finishes.
    public static let empty = PreviewBuild(channel: nil, selection: PreviewSelection(), files: [:], diagnostics: [], pages: [:], channels: [], locales: [], sourceLocale: nil, seconds: 0)
}

/// Builds only the previewed channel (and locale) of a project snapshot, on
/// the same incremental path as `waymark build`: with the project's cache,
/// an edit renders again only what depends on it, and the files stay in memory.
public struct PreviewBuilder: Sendable {
    public var selection: PreviewSelection
    /// The project's `.waymark-cache/`, shared with `build` and `check`; nil renders everything.
    public var cache: BuildCache?

    public init(selection: PreviewSelection, cache: BuildCache? = nil) {
        self.selection = selection
        self.cache = cache
    }

    public func build(_ files: ProjectFiles) -> PreviewBuild {
        build(files, reusing: nil).build
    }

    /// A build that takes every unchanged page, catalog and localization from `previous`
    /// (the last build's `reuse`), plus what the next build may reuse: `previous` again
    /// when this one stopped early (a broken `waymark.yaml`), so fixing it stays incremental.
    public func build(_ files: ProjectFiles, reusing previous: AnalysisReuse?) -> (build: PreviewBuild, reuse: AnalysisReuse?) {
        let started = Date()
        // Pick the channel from the configuration first so only it is rendered.
        var options = BuildOptions(channels: channelName(files).map { [$0] }, locales: selection.locale.map { [$0] }, keepFailedChannels: true)
        options.collectsPreviewInsights = true
        options.cache = cache
        let result = Compiler(options: options).build(files, reusing: previous)
        let built = result.channels.first
        let preview = result.preview
        let build = PreviewBuild(
            channel: result.isConfigurationFailure ? nil : built?.name,
            selection: selection,
            files: Dictionary((built?.files ?? []).map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 }),
            diagnostics: result.diagnostics,
            pages: built.flatMap { preview?.pages[$0.name] } ?? [:],
            channels: preview?.channels ?? [],
            locales: preview?.locales ?? [],
            sourceLocale: preview?.sourceLocale,
            seconds: Date().timeIntervalSince(started))
        return (build, result.reuse ?? previous)
    }

    /// The selected channel, or the first html channel; nil when `waymark.yaml` does not load.
    private func channelName(_ files: ProjectFiles) -> String? {
        if let channel = selection.channel { return channel }
        guard let text = files.files[ConfigurationLoader.fileName].flatMap({ String(data: $0, encoding: .utf8) }) else { return nil }
        let loader = ConfigurationLoader(knownFormulas: Set(ReadabilityFormulas.allIDs), knownRules: RuleRegistry.ids)
        let configuration = loader.load(text).0
        return (configuration?.channels.first { $0.format == .html } ?? configuration?.channels.first)?.name
    }
}
