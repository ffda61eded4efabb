/// A page on a channel with `fallback: fail` must be fully translated in every
/// locale the channel publishes. Reported by publishing (`SiteAssembler`) at
/// the `msgstr` line of each missing entry, through `check(_:locale:channel:)`.
struct UntranslatedRule: ChannelRule {
    static let description = RuleDescription(
        id: "untranslated", name: "Untranslated",
        summary: "On a channel with 'fallback: fail', every segment of a published page needs a translation (a fuzzy one does not count).",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Call a trusted adult.", "", triggering: true, files: failingChannel),
            .translation("Call a trusted adult.", "Llama a un adulto de confianza.", triggering: true, flags: ["fuzzy"], files: failingChannel),
        ],
        nonTriggeringExamples: [
            .translation("Call a trusted adult.", "Llama a un adulto de confianza.", triggering: false, files: failingChannel),
            .translation("Call a trusted adult.", "", triggering: false),
        ])

    /// One error per segment `missing` from a page that `channel` (with `fallback: fail`) publishes in `locale`.
    static func check(_ missing: [MissingTranslation], locale: String, channel: String) -> [Diagnostic] {
        missing.map { missing in
            diagnostic("\(missing.isFuzzy ? "fuzzy" : "no") \(locale) translation for \"\(missing.msgid.excerpt())\" (channel '\(channel)' publishes only complete pages)",
                       at: missing.location)
        }
    }

    /// A project whose only channel publishes complete pages only.
    static let failingChannel = [
        "waymark.yaml": "source-locale: en\nlocales: [en, es]\nchannels:\n  - name: app\n    format: json\n    fallback: fail\n",
    ]
}
