/// YAML that libyaml cannot parse, in any project file. Reported by the loader.
struct YAMLSyntaxRule: SyntaxRule {
    static let description = RuleDescription(
        id: "yaml-syntax", name: "YAML syntax",
        summary: "waymark.yaml, front matter, _program.yaml, _ui.yaml and _data files must be valid YAML without duplicate keys.",
        category: .syntax,
        triggeringExamples: [
            RuleExample(["Source-Content/_data/helplines.yaml": "- name: Sample\n  phone: [0800\n↓"]),
            RuleExample(["Source-Content/_ui.yaml": "home: Home\n↓home: Start\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(["Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n"]),
        ])
}
