/// Applies `rules:` severity overrides from `waymark.yaml`: changes severities
/// and drops diagnostics of rules turned `off`. Rules report at their default
/// severity; this is the one place an override takes effect.
struct SeverityPolicy: Sendable {
    var overrides: [String: Severity?]

    /// Each batch (the project's, then each channel's) with the overrides applied.
    func apply(_ batches: [[Diagnostic]]) -> [[Diagnostic]] {
        batches.map(ruled)
    }

    private func ruled(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Most projects override nothing: the batch is handed on, not copied diagnostic by diagnostic.
        guard !overrides.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let override = overrides[diagnostic.ruleID] else { return diagnostic }
            guard let severity = override else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
