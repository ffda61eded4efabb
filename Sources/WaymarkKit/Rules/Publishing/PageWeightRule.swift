/// The onion mirror is slow; each page with its CSS and images must stay
/// under the channel's `page-weight-budget` (100 KB by default). Measured by
/// the tor renderer, which knows the emitted bytes.
struct PageWeightRule: ChannelRule {
    static let description = RuleDescription(
        id: "page-weight", name: "Page weight",
        summary: "On a tor-profile channel a page plus its CSS and images must fit the page-weight budget.",
        category: .publishing,
        triggeringExamples: [
            RuleExample([
                "waymark.yaml": "source-locale: en\nlocales: [en]\nchannels:\n  - { name: onion, format: html, profile: tor, page-weight-budget: 2000 }\n",
                RuleExample.pagePath: "↓---\ntitle: Start\n---\n" + String(repeating: "A long sentence for the slow network. ", count: 80) + "\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "waymark.yaml": "source-locale: en\nlocales: [en]\nchannels:\n  - { name: onion, format: html, profile: tor }\n",
                RuleExample.pagePath: "---\ntitle: Start\n---\nShort and light.\n",
            ]),
        ])

    /// The problem of one rendered page of `channel`: over its budget on the tor profile,
    /// reported at line 1 of the file a person edits (`editPath`).
    static func check(_ weight: PageWeight, profile: ChannelConfiguration.Profile, channel: String, editPath: String) -> Diagnostic? {
        guard profile == .tor, weight.isOverBudget else { return nil }
        return diagnostic("page \(weight.path) weighs \(weight.bytes) bytes with its stylesheet and images, over the \(weight.budget)-byte budget of channel '\(channel)'",
                          at: SourceLocation(path: editPath, line: 1, column: 1))
    }
}
