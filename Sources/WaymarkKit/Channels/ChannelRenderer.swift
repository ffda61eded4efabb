/// Turns one channel's localized site into files (SPEC §8). Implementations are
/// values chosen from the channel's format and profile; each file goes to the
/// `ChannelOutput` as soon as it is rendered (pages in parallel), and the pipeline
/// merges the diagnostics with the rest of the build.
protocol ChannelRenderer: Sendable {
    /// Renders every file of the channel into `output`. Never throws: problems become diagnostics.
    func render(_ site: ChannelSite, into output: ChannelOutput) -> ChannelRendering
}

/// The result of rendering one channel.
public struct ChannelRendering: Sendable {
    /// Files relative to the channel root, sorted by path: only from `ChannelSite.render()`
    /// (tests, tools); a build streams them to its writer and this stays empty.
    public var files: [OutputFile]
    /// Problems found while rendering (e.g. `page-weight` on tor).
    public var diagnostics: [Diagnostic]
    /// Weight of every HTML page (page + CSS + images it references), for reporting.
    public var pageWeights: [PageWeight]

    public init(files: [OutputFile], diagnostics: [Diagnostic] = [], pageWeights: [PageWeight] = []) {
        self.files = files.sorted { $0.path < $1.path }
        self.diagnostics = diagnostics.sortedByPlace()
        self.pageWeights = pageWeights.sorted { $0.path < $1.path }
    }
}

/// Bytes a reader downloads to show one HTML page.
public struct PageWeight: Sendable, Hashable, Codable {
    /// Output path of the page, relative to the channel root.
    public var path: String
    /// HTML plus stylesheet plus every distinct local image the page references.
    public var bytes: Int
    /// The channel's budget in bytes.
    public var budget: Int

    public init(path: String, bytes: Int, budget: Int) {
        self.path = path
        self.bytes = bytes
        self.budget = budget
    }

    /// True when the page is heavier than the budget.
    public var isOverBudget: Bool { bytes > budget }
}

/// Chooses the renderer for a channel's format and profile.
enum ChannelRenderers {
    /// The renderer for `configuration`.
    static func renderer(for configuration: ChannelConfiguration) -> any ChannelRenderer {
        switch configuration.format {
        case .html: HTMLChannelRenderer(profile: configuration.profile)
        case .json: JSONChannelRenderer()
        }
    }
}

extension ChannelSite {
    /// Renders this site with the renderer its channel configuration selects, streaming into `output`.
    func render(into output: ChannelOutput) -> ChannelRendering {
        ChannelRenderers.renderer(for: channel).render(self, into: output)
    }

    /// Renders this site and returns every file in memory (tests and tools; builds stream).
    public func render() -> ChannelRendering {
        let staging = MemoryChannelStaging()
        var rendering = render(into: ChannelOutput(staging))
        rendering.files = staging.files
        return rendering
    }
}
