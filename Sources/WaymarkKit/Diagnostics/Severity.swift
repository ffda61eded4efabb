/// How serious a diagnostic is. Errors fail `check` and `build` (exit 1);
/// warnings only do so under `--strict`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
