/// Everything `waymark.yaml` says (SPEC §3). Every key has a default so a
/// minimal file names only `source-locale` and `locales`.
public struct ProjectConfiguration: Sendable {
    public var name: String
    public var sourceLocale: String
    /// All locales, source first or not, in the order the site lists them.
    public var locales: [String]
    public var audiences: [AudienceConfiguration]
    public var channels: [ChannelConfiguration]
    /// Permit raw HTML in Markdown, on the `web` profile only (SPEC §4).
    public var allowRawHTML: Bool
    /// Severity overrides by rule id; `nil` turns a rule off.
    public var ruleSeverities: [String: Severity?]
    /// `_data` fields translators see, by data file name: `helplines: [name, hours]`.
    public var translatableDataFields: [String: [String]]
    /// `long-untranslated:` thresholds; nil (the default) turns the rule off.
    public var longUntranslated: LongUntranslatedPolicy? = nil
    /// `quick-exit` for every page of the project (a program's own overrides it).
    public var quickExit: QuickExit?

    public init(
        name: String = "Waymark project",
        sourceLocale: String = "en",
        locales: [String] = ["en"],
        audiences: [AudienceConfiguration] = [],
        channels: [ChannelConfiguration] = ProjectConfiguration.defaultChannels,
        allowRawHTML: Bool = false,
        ruleSeverities: [String: Severity?] = [:],
        translatableDataFields: [String: [String]] = [:]
    ) {
        self.name = name
        self.sourceLocale = sourceLocale
        self.locales = locales
        self.audiences = audiences
        self.channels = channels
        self.allowRawHTML = allowRawHTML
        self.ruleSeverities = ruleSeverities
        self.translatableDataFields = translatableDataFields
    }

    /// Used when `waymark.yaml` has no `channels:`: one web site.
    public static let defaultChannels = [ChannelConfiguration(name: "web", format: .html, profile: .web)]

    /// Locales other than the source, which get catalogs.
    public var targetLocales: [String] { locales.filter { $0 != sourceLocale } }

    public func audience(named name: String) -> AudienceConfiguration? {
        audiences.first { $0.name == name }
    }
}
