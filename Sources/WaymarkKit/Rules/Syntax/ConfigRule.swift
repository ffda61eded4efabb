/// Problems in `waymark.yaml` itself: unknown keys, wrong types, unknown locales or formulas.
/// Reported by `ConfigurationLoader` (through `YAMLSchemaReader`) at the key or value.
struct ConfigRule: SyntaxRule {
    static let description = RuleDescription(
        id: "config", name: "Configuration",
        summary: "waymark.yaml keys must be known and well-typed; locales must be BCP 47 tags; formulas must exist.",
        category: .syntax,
        triggeringExamples: [
            RuleExample(["waymark.yaml": "source-locale: en\nlocales: [en]\n↓colour: blue\n"]),
        ],
        nonTriggeringExamples: [RuleExample(["waymark.yaml": "source-locale: en\nlocales: [en]\n"])])
}
