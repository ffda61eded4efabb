/// A page must meet its audience's reading-level target for each locale
/// (SPEC §7, `audiences:` in `waymark.yaml`). Reported by the readability
/// stage (`PageReadability`) at the page's hardest sentence, in the file a
/// person edits: the `.md` for the source locale, the `.po` for translations.
struct ReadabilityRule: Rule {
    /// Each localized page is measured on its own; the localization stage calls `check(_:)`.
    static let phase = RulePhase.page

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

    /// The miss of `measured` against its audience's target, at the hardest sentence; nil when it passes or has no target.
    static func check(_ measured: PageReadability) -> Diagnostic? {
        guard let check = measured.check, !check.passed else { return nil }
        let hardest = measured.report.hardestSentences.first
        let note = hardest.map { "hardest sentence: \"\($0.text.excerpt())\"" }
        return diagnostic("\(check.message) for this page's audience", at: SourceLocation(path: measured.path, line: hardest?.line ?? 1),
                          notes: note.map { [$0] } ?? [])
    }
}
