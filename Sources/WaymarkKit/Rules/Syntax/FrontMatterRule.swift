/// Page front matter and `_program.yaml` must have the required, well-typed fields.
/// Reported by `PageLoader`, `ProgramLoader` and `UIStringsLoader` (through `YAMLSchemaReader`).
struct FrontMatterRule: SyntaxRule {
    static let description = RuleDescription(
        id: "front-matter", name: "Front matter",
        summary: "Every page starts with YAML front matter with a 'title'; _program.yaml has a 'title'; keys must be known.",
        category: .syntax,
        triggeringExamples: [
            RuleExample([RuleExample.pagePath: "---\n↓description: No title here\n---\nText.\n"]),
            RuleExample([RuleExample.pagePath: "---\ntitle: Start\n↓tags: [a]\n---\nText.\n"]),
        ],
        nonTriggeringExamples: [RuleExample.page("Text.", title: "A good title")])
}
