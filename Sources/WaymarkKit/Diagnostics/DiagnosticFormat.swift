/// How `check`, `build` and friends print diagnostics (`--format`, SPEC §6).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:col: severity: message [rule-id]`, one per line.
    case text
    /// A JSON array of diagnostic objects.
    case json
    /// GitHub Actions workflow commands: annotations on the right line of the PR diff.
    case github
    /// SARIF 2.1.0 for code-scanning dashboards.
    case sarif
}
