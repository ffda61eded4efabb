/// One delivery channel from `waymark.yaml` (SPEC §3, §8).
public struct ChannelConfiguration: Sendable, Hashable, Codable {
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable { case html, json }
    public enum Profile: String, Sendable, Hashable, Codable, CaseIterable { case web, tor }
    /// What a page shows where a segment has no usable translation (SPEC §5.3).
    public enum Fallback: String, Sendable, Hashable, Codable, CaseIterable {
        case source
        case omitPage = "omit-page"
        case fail
    }

    public var name: String
    public var format: Format
    /// Only meaningful for `html`; `json` channels ignore it.
    public var profile: Profile
    /// Absolute site URL for canonical links, hreflang and sitemap (web only).
    public var baseURL: String?
    /// Onion mirror announced with an `Onion-Location` meta (web only).
    public var onionLocation: String?
    public var fallback: Fallback
    /// A locale is published on this channel only if at least this share of its words is translated.
    public var minComplete: Double
    /// Per-locale `min-complete` (`min-complete: {es: 1.0, default: 0.5}`); locales not named use `minComplete`.
    public var minCompleteByLocale: [String: Double] = [:]
    /// Publish fuzzy translations as if translated (default false: they fall back).
    public var publishFuzzy: Bool
    /// Page-weight budget in bytes (HTML plus its assets); enforced on `tor`.
    public var pageWeightBudget: Int

    public init(
        name: String,
        format: Format,
        profile: Profile = .web,
        baseURL: String? = nil,
        onionLocation: String? = nil,
        fallback: Fallback = .source,
        minComplete: Double = 0,
        publishFuzzy: Bool = false,
        pageWeightBudget: Int = 100_000
    ) {
        self.name = name
        self.format = format
        self.profile = profile
        self.baseURL = baseURL
        self.onionLocation = onionLocation
        self.fallback = fallback
        self.minComplete = minComplete
        self.publishFuzzy = publishFuzzy
        self.pageWeightBudget = pageWeightBudget
    }
}

extension ChannelConfiguration {
    /// The share of words `locale` needs before this channel publishes it.
    public func minComplete(for locale: String) -> Double {
        minCompleteByLocale[locale] ?? minComplete
    }
}
