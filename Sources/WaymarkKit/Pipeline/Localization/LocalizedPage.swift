/// One page in one locale, after translations were looked up and spliced in.
/// Channel policy (omit, fall back, fail) is applied later by `SiteAssembler`.
struct LocalizedPage: Sendable {
    var page: SourcePage
    var locale: String
    /// The file a person edits for this page in this locale: the `.md` or the `.po`.
    var editPath: String
    var title: String
    var description: String
    /// The spliced tree, or how to splice it (a page from the localization cache).
    var tree: PageTree
    /// Leaves showing source text (see `ChannelPage.fallbackLeaves`).
    var fallbackLeaves: Set<Int>
    var summary: TranslationSummary
    /// Units a channel cannot publish translated, with where to fix each.
    var missing: [MissingTranslation]
    /// True when the title is shown in the source language.
    var titleIsFallback = false
    /// True when the description is shown in the source language.
    var descriptionIsFallback = false
    /// Problems splicing translations in (`markup-mismatch`).
    var diagnostics: [Diagnostic]
    /// For each leaf, the line a person edits (the `.md` line, or the `.po` msgstr line).
    var leafLines: [Int: Int]
    /// The page measured against its audience once complete (nil while it mixes languages):
    /// the build's summaries and diagnostics and `waymark readability` all read this one measurement.
    var measured: PageReadability? = nil

    /// Reading level against the audience's target, when the locale has a formula.
    var readability: ReadabilitySummary? { measured?.summary }
    /// The `readability` diagnostic when the page misses its target.
    var readabilityDiagnostic: Diagnostic? { measured?.diagnostic }
    /// The hardest sentences of a measured page, hardest first (`serve` highlights them).
    var hardestSentences: [HardSentence] { measured?.report.hardestSentences ?? [] }

    var isComplete: Bool { missing.isEmpty }

    /// The spliced tree (a deferred one is spliced now).
    var body: MarkdownNode { tree.resolved() }
}

/// A unit without a publishable translation, for `fallback: fail`.
struct MissingTranslation: Sendable, Hashable {
    var msgid: String
    var location: SourceLocation
    var isFuzzy: Bool
}
