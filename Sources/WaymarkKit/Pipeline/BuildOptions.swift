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
    /// `--jobs`: threads the build may use; nil keeps `Parallelism.jobs` (default: every core).
    /// The output is byte-identical for every value.
    public var jobs: Int?
    /// The incremental-build cache (`.waymark-cache/`); nil builds everything from scratch.
    public var cache: BuildCache?
    /// False in a one-shot command: the analysis is handed to `ExitTimeKeeper` instead of
    /// being freed piece by piece before the process exits anyway.
    public var freesAnalysis = true

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
    /// What the next build may reuse (`Compiler.build(_:reusing:)` only; nil otherwise).
    public var reuse: AnalysisReuse? = nil

    /// 0 success, 1 content errors (or warnings under `strict`), 2 configuration errors.
    public func exitCode(strict: Bool) -> Int32 {
        if isConfigurationFailure { return 2 }
        if diagnostics.hasErrors || !failedChannels.isEmpty { return 1 }
        if strict, !diagnostics.isEmpty { return 1 }
        return 0
    }
}

/// One channel rendered without errors (or kept for `serve`), ready to publish.
public struct BuiltChannel: Sendable {
    public var name: String
    /// In-memory builds (`Compiler.build(_:)`): every file, manifest included, sorted by
    /// path. Streamed builds (`build(_:into:)`): empty, the files wait in the staging area.
    public var files: [OutputFile]
    public var pageWeights: [PageWeight]
    /// What `manifest.json` lists: every file but the manifest (and its signature).
    public var manifest: Manifest
    /// Streamed builds: the staging area holding every file but the manifest.
    var staging: (any ChannelStaging)?

    /// Files the published channel holds, manifest included (not its signature).
    public var fileCount: Int { manifest.files.count + 1 }

    /// Streamed builds: writes the manifest last (and, with `signingKey`, its signature),
    /// then swaps the channel into place atomically. In-memory builds: nothing to do.
    public func publish(signingKey: ManifestSignerKey? = nil) throws {
        guard let staging else { return }
        let manifestData = manifest.encoded()
        staging.write(OutputFile(path: Manifest.fileName, contents: manifestData))
        if let signingKey {
            do {
                staging.write(OutputFile(path: Manifest.signatureFileName, contents: try ManifestSigner.sign(manifestData, with: signingKey)))
            } catch {
                staging.discard()
                throw error
            }
        }
        try staging.commit()
    }

    /// Streamed builds: throws the staged files away; the previous output stays.
    public func discard() {
        staging?.discard()
    }
}
