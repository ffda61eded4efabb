/// The last stage of a build (SPEC §8): assembles each selected channel's site from
/// the localized project, renders it file by file into the writer's staging area
/// (channels and their pages in parallel), and finishes each channel that may be
/// published with its manifest. Nothing rendered is kept in memory unless the
/// destination is memory.
struct RenderStage: Sendable {
    /// Where rendered files go.
    enum Destination: Sendable {
        /// `check`: render for the diagnostics, keep nothing.
        case nowhere
        /// `Compiler.build(_:)`: every file in `BuiltChannel.files`.
        case memory
        /// `Compiler.build(_:into:)`: streamed into the writer's staging areas.
        case writer(any ChannelWriter)
    }

    /// What rendering one channel gave.
    struct Outcome: Sendable {
        var channel: ChannelConfiguration
        /// Rendering and publishing-policy diagnostics (SPEC §5.3), `rules:` overrides applied.
        var diagnostics: [Diagnostic]
        var insights: [String: PageInsight]
        /// Set when the channel may be published (or `keepFailedChannels`) and the destination keeps files.
        var built: BuiltChannel?
        var failed: Bool
    }

    let project: ContentProject
    let options: BuildOptions
    /// The localized project for every `publish-fuzzy` setting of the channels and their onion twins.
    let localized: [Bool: LocalizedProject]
    /// Answers pages unchanged since a previous build (`.waymark-cache/pages`).
    var cache: CacheContext? = nil

    /// Renders `channels`; `projectFailed` (errors before rendering) fails them all.
    ///
    /// The sites are assembled in parallel, then the channels render one after another,
    /// each with every thread for its pages: a channel rendered inside another parallel
    /// loop would get one thread (GCD runs a nested `concurrentPerform` serially), so the
    /// last channel would finish on one core. Each site is dropped once its channel is done.
    ///
    /// A writer's staging areas are opened in the background, one ahead: the first while the
    /// sites are assembled, each next one while the channel before it renders. Claiming a back
    /// buffer reads its state and checks its folders' stamps, which shares nothing with
    /// assembling or rendering a site; opening them all at once would hold every channel's
    /// state while the analysis is still being freed.
    func run(_ channels: [ChannelConfiguration], policy: SeverityPolicy, projectFailed: Bool, destination: Destination) -> [Outcome] {
        let keepsFiles = !projectFailed || options.keepFailedChannels
        var opening = [BackgroundWork<any ChannelStaging>?](repeating: nil, count: channels.count)
        let open = { (index: Int) in
            guard case .writer(let writer) = destination, keepsFiles, channels.indices.contains(index) else { return }
            let name = channels[index].name
            opening[index] = BackgroundWork { writer.stage(channel: name) }
        }
        open(0)
        var sites: [(site: ChannelSite, diagnostics: [Diagnostic])?] = channels.parallelMap(assemble).map { $0 }
        if let cache, localized.values.contains(where: \.splicesOnDemand) { splicingUnrenderedChannels(channels, &sites, cache: cache) }
        // onion-location only where the onion mirror has the page (SPEC §8): each web channel's
        // list of its twin's documents, taken from the twin's own assembly when it is built too.
        let onionFiles = channels.map { channel -> Set<String>? in
            guard let twin = Compiler.onionTwin(of: channel, in: project.configuration) else { return nil }
            let twinSite = channels.firstIndex { $0.name == twin.name }.flatMap { sites[$0]?.site } ?? assemble(twin).site
            return HTMLLayout.documentFiles(of: twinSite)
        }
        var outcomes: [Outcome] = []
        for (index, channel) in channels.enumerated() {
            let assembled = sites[index].take()!
            let staging: (any ChannelStaging)? = switch destination {
            case .nowhere: nil
            case .memory: keepsFiles ? MemoryChannelStaging() : nil
            case .writer: opening[index]?.value
            }
            opening[index] = nil
            open(index + 1)
            outcomes.append(render(channel, assembled, onionFiles: onionFiles[index], policy: policy, projectFailed: projectFailed,
                                   staging: staging))
        }
        return outcomes
    }

    private func render(_ channel: ChannelConfiguration, _ assembled: (site: ChannelSite, diagnostics: [Diagnostic]), onionFiles: Set<String>?,
                        policy: SeverityPolicy, projectFailed: Bool, staging: (any ChannelStaging)?) -> Outcome {
        var site = assembled.site
        if let onionFiles { site.onionFiles = onionFiles }
        let insights = options.collectsPreviewInsights ? localized[channel.publishFuzzy].map { PreviewInsights.collect(site, localized: $0) } ?? [:] : [:]
        site.cache = cache
        let output = ChannelOutput(staging)
        let rendering = site.render(into: output)
        let diagnostics = policy.apply([rendering.diagnostics + assembled.diagnostics])[0]
        let failed = projectFailed || diagnostics.hasErrors
        guard let staging, !failed || options.keepFailedChannels else {
            staging?.discard()
            return Outcome(channel: channel, diagnostics: diagnostics, insights: insights, built: nil, failed: failed)
        }
        return Outcome(channel: channel, diagnostics: diagnostics, insights: insights,
                       built: finish(channel, output: output, staging: staging, rendering: rendering), failed: failed)
    }

    /// Pages from the localization cache carry their trees as recipes, spliced when a renderer
    /// misses its page cache. When a channel's page-cache key is new (a title, a shared file
    /// changed), every one of its pages misses: those trees are spliced here, once for every
    /// channel with that `publish-fuzzy` setting, not once per channel.
    private func splicingUnrenderedChannels(_ channels: [ChannelConfiguration], _ sites: inout [(site: ChannelSite, diagnostics: [Diagnostic])?],
                                            cache: CacheContext) {
        let assembled = sites.map { $0!.site }
        var settings = Set<Bool>()
        let keys = assembled.parallelMap { CachedPages.channelKey(context: cache, site: $0) }
        for (index, key) in keys.enumerated() {
            sites[index]!.site.cacheChannelKey = key
            let (rendered, problem) = CachedLocalizations.renderedBefore(channelKey: key, context: cache)
            if !rendered { settings.insert(channels[index].publishFuzzy) }
            if let problem { sites[index]!.diagnostics.append(problem) }
        }
        for setting in settings {
            var recipes: [String: ChannelPage] = [:]
            for (channel, site) in zip(channels, assembled) where channel.publishFuzzy == setting {
                for page in site.locales.flatMap({ $0.programs.flatMap(\.pages) }) where page.tree.isDeferred {
                    recipes["\(page.locale)\u{0}\(page.id)"] = page
                }
            }
            let pages = recipes.sorted { $0.key < $1.key }
            let trees = Dictionary(uniqueKeysWithValues: zip(pages.map(\.key), pages.parallelMap { $0.value.body }))
            for index in channels.indices where channels[index].publishFuzzy == setting {
                sites[index]!.site.locales = sites[index]!.site.locales.map { locale in
                    var locale = locale
                    for program in locale.programs.indices {
                        for page in locale.programs[program].pages.indices {
                            let id = "\(locale.locale)\u{0}\(locale.programs[program].pages[page].id)"
                            if let tree = trees[id] { locale.programs[program].pages[page].body = tree }
                        }
                    }
                    return locale
                }
            }
        }
    }

    private func assemble(_ channel: ChannelConfiguration) -> (site: ChannelSite, diagnostics: [Diagnostic]) {
        guard let localizedProject = localized[channel.publishFuzzy] else {
            return (ChannelSite(channel: channel, projectName: project.configuration.name, sourceLocale: project.configuration.sourceLocale, locales: [], assets: []), [])
        }
        return SiteAssembler(project: project, channel: channel, localized: localizedProject).assemble()
    }

    private func finish(_ channel: ChannelConfiguration, output: ChannelOutput, staging: any ChannelStaging, rendering: ChannelRendering) -> BuiltChannel {
        let manifest = Manifest(channel: channel.name, entries: output.manifestEntries,
                                sourceRevision: options.sourceRevision, sourceDateEpoch: options.sourceDateEpoch)
        guard let memory = staging as? MemoryChannelStaging else {
            return BuiltChannel(name: channel.name, files: [], pageWeights: rendering.pageWeights, manifest: manifest, staging: staging)
        }
        let files = memory.files + [OutputFile(path: Manifest.fileName, contents: manifest.encoded())]
        return BuiltChannel(name: channel.name, files: files, pageWeights: rendering.pageWeights, manifest: manifest, staging: nil)
    }
}
