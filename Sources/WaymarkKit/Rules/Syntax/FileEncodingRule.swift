/// Text files must be UTF-8 without NUL bytes. Reported by `ProjectFiles.text(_:rule:)`
/// when a loader reads a page, `_program.yaml`, `_ui.yaml` or a `_data` file.
struct FileEncodingRule: SyntaxRule {
    static let description = RuleDescription(
        id: "file-encoding", name: "File encoding",
        summary: "Source files must be UTF-8 text; binary files belong in _assets/.",
        category: .syntax,
        triggeringExamples: [
            RuleExample([RuleExample.pagePath: "↓---\ntitle: Start\n---\nA NUL byte \u{0} makes this binary.\n"]),
        ],
        nonTriggeringExamples: [RuleExample.page("Café, naïve, Jyväskylä.")])
}
