/// A rule: an id, a description with examples, and a detection that runs in
/// one phase of the pipeline (`RulePhase`). Each phase has its own protocol,
/// as SwiftLint's `Rule`, `ASTRule` and `CorrectableRule` are: the phase says
/// what the detection looks at and who calls it. Every diagnostic of a rule is
/// made by the rule (`SomeRule.diagnostic(...)`), so its id is written once.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Where the rule's detection runs; each phase protocol sets it.
    static var phase: RulePhase { get }
    init()
}

/// The stages where rules run, in pipeline order (docs/architecture.md "Rules").
public enum RulePhase: String, Sendable, CaseIterable {
    /// While parsing a file: the parser is the detection (`SyntaxRule`).
    case syntax
    /// Over the whole loaded project (`ProjectRule`).
    case project
    /// Over one source page at a time (`PageRule`).
    case page
    /// Over one catalog entry or one translation of it (`CatalogEntryRule`, `TranslationUnitRule`).
    case catalogEntry = "catalog-entry"
    /// Over every catalog of one locale at once (`CatalogRule`).
    case catalog
    /// While a channel assembles and renders its pages (`ChannelRule`).
    case channel
    /// While `waymark import` merges a package into the catalogs (`ImportRule`).
    case `import`
}

extension Rule {
    /// A diagnostic of this rule at its default severity (`rules:` overrides apply
    /// later, in `SeverityPolicy`). `severity` is for a rule that reports a milder
    /// variant of its problem, decided inside the rule's own file.
    static func diagnostic(_ message: String, at location: SourceLocation, severity: Severity? = nil, notes: [String] = [],
                           related: [RelatedLocation] = [], range: Range<SourceLocation>? = nil,
                           suggestions: [Suggestion] = []) -> Diagnostic {
        Diagnostic(severity ?? description.defaultSeverity, message, at: location, rule: description.id, notes: notes, related: related,
                   range: range, suggestions: suggestions)
    }

    /// The same, from inside a rule's detection.
    func diagnostic(_ message: String, at location: SourceLocation, notes: [String] = [], related: [RelatedLocation] = [],
                    range: Range<SourceLocation>? = nil, suggestions: [Suggestion] = []) -> Diagnostic {
        Self.diagnostic(message, at: location, notes: notes, related: related, range: range, suggestions: suggestions)
    }
}

/// Everything a project or page rule may look at. Built once per `check`/`build`.
public struct RuleContext: Sendable {
    public var project: ContentProject
    /// Page id -> page, built once: link rules look a target up per link.
    let pagesByID: [String: SourcePage]

    public init(project: ContentProject) {
        self.project = project
        pagesByID = Dictionary(project.pages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The page with `id`, as `ContentProject.page(_:)` finds it, without a scan per call.
    func page(_ id: String) -> SourcePage? {
        pagesByID[id]
    }
}
