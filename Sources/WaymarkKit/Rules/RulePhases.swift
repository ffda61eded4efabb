/// A rule whose detection is a parser (YAML, PO, XLIFF, front matter, file
/// reading): the parser finds the problem where it knows the exact place and
/// calls `SomeRule.diagnostic(...)` to report it.
protocol SyntaxRule: Rule {}

extension SyntaxRule {
    static var phase: RulePhase { .syntax }
}

/// A rule over the whole loaded project (slugs, assets, paths, the ledger).
/// `RuleRegistry.check` runs it once per `check`/`build`.
protocol ProjectRule: Rule {
    /// Every problem of this rule in the project.
    func check(_ context: RuleContext) -> [Diagnostic]
}

extension ProjectRule {
    static var phase: RulePhase { .project }
}

/// A rule over one source page (its Markdown tree and front matter).
/// `RuleRegistry.checkProject` runs it on every page of the project. From the
/// context it may read other pages' ids and heading ids, the project's file
/// list, data, UI strings and configuration, nothing else of another page:
/// `serve` re-checks only edited pages while none of those change
/// (`ProjectAnalysis.Localized.reusablePageRules`).
protocol PageRule: Rule {
    /// Every problem of this rule in `page`.
    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic]
}

extension PageRule {
    static var phase: RulePhase { .page }
}

/// A rule over every reviewed entry of every catalog of one locale at once
/// (consistency across pages). `TranslationStage` runs it per locale.
protocol CatalogRule: Rule {
    /// Every problem of this rule among `places`, in their order.
    func check(_ places: [CatalogPlace]) -> [Diagnostic]
}

extension CatalogRule {
    static var phase: RulePhase { .catalog }
}

/// A rule about one catalog entry's state (fuzzy, obsolete); `CatalogQA`
/// runs it on every entry of every catalog.
protocol CatalogEntryRule: Rule {
    /// Problems of this rule in `entry`, reported at `location` (its `msgstr` line) in `path`.
    func check(_ entry: POEntry, at location: SourceLocation, path: String) -> [Diagnostic]
}

extension CatalogEntryRule {
    static var phase: RulePhase { .catalogEntry }
}

/// A rule found while a channel assembles or renders (completeness on a
/// `fallback: fail` channel, page weight on tor). Its detection is a static
/// function of the rule that the channel code calls with what it measured.
protocol ChannelRule: Rule {}

extension ChannelRule {
    static var phase: RulePhase { .channel }
}

/// A rule found while `waymark import` merges a package (`ImportMerge`). Its
/// detection is a static function of the rule, called for each unit.
protocol ImportRule: Rule {}

extension ImportRule {
    static var phase: RulePhase { .import }
}

/// One reviewed (translated, non-fuzzy) catalog entry and where its `msgstr` is.
struct CatalogPlace: Sendable {
    var entry: POEntry
    var location: SourceLocation
}
