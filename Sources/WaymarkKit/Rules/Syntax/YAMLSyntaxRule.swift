/// YAML that libyaml cannot parse, in any project file. Reported by the loader.
struct YAMLSyntaxRule: Rule {
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

/// Text files must be UTF-8 without NUL bytes.
struct FileEncodingRule: Rule {
    static let description = RuleDescription(
        id: "file-encoding", name: "File encoding",
        summary: "Source files must be UTF-8 text; binary files belong in _assets/.",
        category: .syntax,
        triggeringExamples: [
            RuleExample([RuleExample.pagePath: "↓---\ntitle: Start\n---\nA NUL byte \u{0} makes this binary.\n"]),
        ],
        nonTriggeringExamples: [RuleExample.page("Café, naïve, Jyväskylä.")])
}

/// Problems in `waymark.yaml` itself: unknown keys, wrong types, unknown locales or formulas.
struct ConfigRule: Rule {
    static let description = RuleDescription(
        id: "config", name: "Configuration",
        summary: "waymark.yaml keys must be known and well-typed; locales must be BCP 47 tags; formulas must exist.",
        category: .syntax,
        triggeringExamples: [
            RuleExample(["waymark.yaml": "source-locale: en\nlocales: [en]\n↓colour: blue\n"]),
        ],
        nonTriggeringExamples: [RuleExample(["waymark.yaml": "source-locale: en\nlocales: [en]\n"])])
}

/// Page front matter and `_program.yaml` must have the required, well-typed fields.
struct FrontMatterRule: Rule {
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
