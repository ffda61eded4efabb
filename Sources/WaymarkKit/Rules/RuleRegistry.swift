/// Every rule Waymark knows, in the order `waymark rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        ConfigRule.self, YAMLSyntaxRule.self, FileEncodingRule.self, UnsafePathRule.self, FrontMatterRule.self,
        MarkdownUnsupportedRule.self, RawHTMLRule.self, BrokenLinkRule.self, MissingAssetRule.self,
        DuplicateSlugRule.self, UnknownPlaceholderRule.self, UnsafeSVGRule.self, PageWeightRule.self, BlockDepthRule.self, CacheCorruptRule.self,
    ] + TranslationRules.all

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    static var ids: Set<String> { Set(descriptions.map(\.id)) }

    /// The rules of the project phase, in registry order.
    static let projectRules = all.compactMap { $0 as? any ProjectRule.Type }
    /// The rules of the page phase, in registry order.
    static let pageRules = all.compactMap { $0 as? any PageRule.Type }

    /// Every phase `rule` runs in, from the phase protocols it conforms to
    /// (`unsafe-url` runs on pages and on every translation).
    static func phases(of rule: any Rule.Type) -> [RulePhase] {
        let conformances: [(RulePhase, Bool)] = [
            (.syntax, rule is any SyntaxRule.Type), (.project, rule is any ProjectRule.Type), (.page, rule is any PageRule.Type),
            (.catalogEntry, rule is any CatalogEntryRule.Type || rule is any TranslationUnitRule.Type),
            (.catalog, rule is any CatalogRule.Type), (.channel, rule is any ChannelRule.Type), (.import, rule is any ImportRule.Type),
        ]
        let found = conformances.filter(\.1).map(\.0)
        return found.isEmpty ? [rule.phase] : found
    }

    /// Runs the project-phase rules once and the page-phase rules on every page:
    /// the project's diagnostics, and each page's by path. `reusable` answers a
    /// page whose results an earlier run already has (`serve`).
    static func checkProject(_ context: RuleContext, reusable: @Sendable (SourcePage) -> [Diagnostic]? = { _ in nil })
        -> (project: [Diagnostic], pages: [String: [Diagnostic]]) {
        let pageRules = pageRules.map { $0.init() }
        let pages = context.project.pages
        let found = pages.parallelMap { page in reusable(page) ?? pageRules.flatMap { $0.check(page, in: context) } }
        return (projectRules.flatMap { $0.init().check(context) },
                Dictionary(zip(pages.map(\.path), found), uniquingKeysWith: { first, _ in first }))
    }
}
