/// Every rule Waymark knows, in the order `waymark rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        ConfigRule.self, YAMLSyntaxRule.self, FileEncodingRule.self, UnsafePathRule.self, FrontMatterRule.self,
        MarkdownUnsupportedRule.self, RawHTMLRule.self, BrokenLinkRule.self, MissingAssetRule.self,
        DuplicateSlugRule.self, UnknownPlaceholderRule.self, UnsafeSVGRule.self, PageWeightRule.self, BlockDepthRule.self,
    ] + TranslationRules.all

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    static var ids: Set<String> { Set(descriptions.map(\.id)) }

    /// Runs every rule that inspects the loaded project.
    static func checkProject(_ context: RuleContext) -> [Diagnostic] {
        all.flatMap { $0.init().check(context) }
    }
}

/// Applies `rules:` severity overrides from `waymark.yaml`: changes severities
/// and drops diagnostics of rules turned `off`.
struct SeverityPolicy: Sendable {
    var overrides: [String: Severity?]

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let override = overrides[diagnostic.ruleID] else { return diagnostic }
            guard let severity = override else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
