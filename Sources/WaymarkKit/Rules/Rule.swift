/// A check with an id, a description and examples. Rules that inspect the
/// loaded project implement `check`; rules whose problems are found while
/// parsing (YAML, PO, front matter) keep the default empty `check` and only
/// lend their id and description to the diagnostics the loaders emit.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: RuleContext) -> [Diagnostic]
}

extension Rule {
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }

    /// A diagnostic of this rule at its default severity (overrides apply later).
    func diagnostic(_ message: String, at location: SourceLocation, notes: [String] = [], related: [RelatedLocation] = [],
                    range: Range<SourceLocation>? = nil, suggestions: [Suggestion] = []) -> Diagnostic {
        Diagnostic(Self.description.defaultSeverity, message, at: location, rule: Self.description.id, notes: notes, related: related,
                   range: range, suggestions: suggestions)
    }
}

/// Everything a rule may look at. Built once per `check`/`build`.
public struct RuleContext: Sendable {
    public var project: ContentProject

    public init(project: ContentProject) {
        self.project = project
    }
}
