/// The incremental-build cache (`.waymark-cache/`) is verified, never
/// trusted: an entry that is truncated, altered, stored under the wrong key or
/// written by another Waymark version is reported and rebuilt, and a cache
/// whose marker names another version or format is emptied. A warning: the
/// build is still complete and byte-identical to one without the cache.
/// Its detection is the cache's reader (`CacheEntry.decode`, `BuildCache.open`).
struct CacheCorruptRule: SyntaxRule {
    static let description = RuleDescription(
        id: "cache-corrupt", name: "Corrupt build cache",
        summary: "A build-cache entry or the cache itself is damaged or foreign; it is ignored and rebuilt.",
        category: .syntax, defaultSeverity: .warning,
        triggeringExamples: [
            .cache(marker: "↓{\"format\": \"WAYMARK-CACHE 0\", \"version\": \"0.0.1\"}\n"),
        ],
        nonTriggeringExamples: [
            .cache(marker: BuildCache.markerText),
        ])
}

extension RuleExample {
    /// Where the examples put the cache marker; the example runner builds with a cache holding it.
    static let cacheMarkerPath = "\(BuildCache.folderName)/\(BuildCache.markerName)"

    /// The minimal project, built with a cache whose marker file reads `marker`.
    static func cache(marker: String) -> RuleExample {
        RuleExample([cacheMarkerPath: marker])
    }
}
