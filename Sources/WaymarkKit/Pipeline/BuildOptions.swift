/// What a `check` or `build` run should do, independent of where files live.
public struct BuildOptions: Sendable {
    /// Only these channels (`--channels`); nil for all.
    public var channels: [String]?
    /// Only these locales (`--locales`); nil for all. The source locale is always built.
    public var locales: [String]?
    /// Recorded in each manifest.
    public var sourceRevision: String?
    /// `SOURCE_DATE_EPOCH`: the only way a timestamp enters the output.
    public var sourceDateEpoch: Int?
    /// `serve`: keep the files of channels that have errors, so the writer sees the page and its problems.
    public var keepFailedChannels: Bool
    /// `serve`: collect `PageInsight`s (reading level, hardest sentences, fallback) for the overlay.
    public var collectsPreviewInsights = false

    public init(channels: [String]? = nil, locales: [String]? = nil, sourceRevision: String? = nil, sourceDateEpoch: Int? = nil, keepFailedChannels: Bool = false) {
        self.channels = channels
        self.locales = locales
        self.sourceRevision = sourceRevision
        self.sourceDateEpoch = sourceDateEpoch
        self.keepFailedChannels = keepFailedChannels
    }
}

/// The outcome of `check` or `build`: every diagnostic, and for `build` the
/// channels that succeeded, ready to publish.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Channels whose files are complete and error-free, in `waymark.yaml` order.
    public var channels: [BuiltChannel]
    /// Names of channels that failed and must not be published.
    public var failedChannels: [String]
    /// True when the configuration (not content) is broken: exit 2.
    public var isConfigurationFailure: Bool
    /// `serve`'s view of the build, when `BuildOptions.collectsPreviewInsights` is set and the project loaded.
    public var preview: PreviewInsights? = nil

    /// 0 success, 1 content errors (or warnings under `strict`), 2 configuration errors.
    public func exitCode(strict: Bool) -> Int32 {
        if isConfigurationFailure { return 2 }
        if diagnostics.hasErrors || !failedChannels.isEmpty { return 1 }
        if strict, !diagnostics.isEmpty { return 1 }
        return 0
    }
}

/// One channel's finished files, manifest included.
public struct BuiltChannel: Sendable {
    public var name: String
    public var files: [OutputFile]
    public var pageWeights: [PageWeight]
}
