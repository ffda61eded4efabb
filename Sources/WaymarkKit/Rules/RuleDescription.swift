/// What a rule is, in the words `waymark rules` prints and the docs show:
/// identifier, summary, default severity and examples. The examples are also
/// the rule's tests: one generic test runs every rule's examples through the
/// whole checker (SwiftLint's model).
public struct RuleDescription: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case syntax, content, translation, publishing
    }

    public var id: String
    public var name: String
    public var summary: String
    public var category: Category
    public var defaultSeverity: Severity
    /// Small projects on which the rule must report, at every `↓`.
    public var triggeringExamples: [RuleExample]
    /// Small projects on which the rule must stay silent.
    public var nonTriggeringExamples: [RuleExample]

    public init(id: String, name: String, summary: String, category: Category, defaultSeverity: Severity = .error,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A tiny project for a rule example: files added to (or replacing) a minimal
/// valid project. `↓` in one file marks where the diagnostic must point.
public struct RuleExample: Sendable {
    public var files: [String: String]

    public init(_ files: [String: String]) {
        self.files = files
    }

    /// The common case: the body of one page, `Source-Content/guide/01-start.md`.
    public static func page(_ markdown: String, title: String = "Start") -> RuleExample {
        RuleExample([RuleExample.pagePath: "---\ntitle: \(title)\n---\n\(markdown)"])
    }

    public static let pagePath = "Source-Content/guide/01-start.md"
}
