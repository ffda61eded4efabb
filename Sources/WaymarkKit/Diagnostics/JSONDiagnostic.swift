/// The `--format json` shape of one diagnostic. `endLine`/`endColumn` (the
/// column just past the range, as in SARIF), `related` and `suggestions` are
/// left out when there are none.
struct JSONDiagnostic: Encodable {
    var path: String
    var line: Int
    var column: Int
    var endLine: Int?
    var endColumn: Int?
    var severity: String
    var message: String
    var rule: String
    var notes: [String]
    /// Other places, each `{path, line, column, message}`.
    var related: [JSONRelated]?
    /// Fixes, each `{message, safe, replacements: [{path, line, column, endLine, endColumn, text}]}`.
    var suggestions: [JSONSuggestion]?

    struct JSONRelated: Encodable {
        var path: String
        var line: Int
        var column: Int
        var message: String
    }

    struct JSONSuggestion: Encodable {
        var message: String
        var safe: Bool
        var replacements: [JSONReplacement]
    }

    struct JSONReplacement: Encodable {
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var text: String
    }

    init(_ diagnostic: Diagnostic) {
        path = diagnostic.location.path
        line = diagnostic.location.line
        column = diagnostic.location.column
        endLine = diagnostic.range?.upperBound.line
        endColumn = diagnostic.range?.upperBound.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        rule = diagnostic.ruleID
        notes = diagnostic.notes
        related = diagnostic.related.isEmpty ? nil : diagnostic.related.map {
            JSONRelated(path: $0.location.path, line: $0.location.line, column: $0.location.column, message: $0.message)
        }
        suggestions = diagnostic.suggestions.isEmpty ? nil : diagnostic.suggestions.map { suggestion in
            JSONSuggestion(message: suggestion.summary, safe: suggestion.isSafe, replacements: suggestion.replacements.map {
                JSONReplacement(path: $0.range.lowerBound.path, line: $0.range.lowerBound.line, column: $0.range.lowerBound.column,
                                endLine: $0.range.upperBound.line, endColumn: $0.range.upperBound.column, text: $0.text)
            })
        }
    }
}
