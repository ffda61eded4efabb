/// A page must meet its audience's reading-level target for each locale
/// (SPEC §7, `audiences:` in `waymark.yaml`). Reported by the readability
/// stage (`PageReadability`) at the page's hardest sentence, in the file a
/// person edits: the `.md` for the source locale, the `.po` for translations.
struct ReadabilityRule: Rule {
    static let description = RuleDescription(
        id: "readability", name: "Reading level",
        summary: "Each page must meet the readability target of its audience for every locale (e.g. Flesch-Kincaid grade, Fernández-Huerta, LIX).",
        category: .content, defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(childrenAudience.merging([
                RuleExample.pagePath: "---\ntitle: Start\n---\n↓Notwithstanding considerable institutional documentation, comprehensive cybersecurity considerations necessitate deliberate authentication methodologies.\n",
            ]) { _, new in new }),
        ],
        nonTriggeringExamples: [
            RuleExample(childrenAudience.merging([
                RuleExample.pagePath: "---\ntitle: Start\n---\nKeep your password safe. Do not tell it to a friend. Ask an adult you trust for help.\n",
            ]) { _, new in new }),
        ])

    /// A project whose guide is for children 9-12 (Flesch-Kincaid grade at most 5).
    static let childrenAudience = [
        "waymark.yaml": "source-locale: en\nlocales: [en]\naudiences:\n  children-9-12:\n    readability: { en: { flesch-kincaid-grade: { max: 5 } } }\n",
        "Source-Content/guide/_program.yaml": "title: Guide\ndescription: A small guide.\naudience: children-9-12\n",
    ]
}
