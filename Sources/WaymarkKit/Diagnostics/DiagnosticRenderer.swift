import Foundation

/// Turns diagnostics into the text of one `--format`.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        switch format {
        case .text:
            return diagnostics.map { line(for: $0) }.joined()
        case .json:
            return encode(diagnostics.map(JSONDiagnostic.init))
        case .github:
            return diagnostics.map(githubCommand).joined()
        case .sarif:
            return encode(SARIFLog(diagnostics: diagnostics, rules: RuleRegistry.descriptions))
        }
    }

    static func line(for diagnostic: Diagnostic) -> String {
        var text = diagnostic.description + "\n"
        for note in diagnostic.notes { text += "    note: \(note)\n" }
        for place in diagnostic.related { text += "    note: \(place.description)\n" }
        return text
    }

    /// `::error file=...,line=...,col=...,title=rule::message` with GitHub's escaping.
    static func githubCommand(_ diagnostic: Diagnostic) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let location = diagnostic.location
        let message = ([diagnostic.message] + diagnostic.notes + diagnostic.related.map(\.description)).joined(separator: "\n")
        return "::\(diagnostic.severity.rawValue) file=\(escapeProperty(location.path)),line=\(location.line),col=\(location.column),title=\(escapeProperty(diagnostic.ruleID))::\(escapeData(message))\n"
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        (try? StableJSON.string(value)) ?? "[]\n"
    }
}

/// The `--format json` shape of one diagnostic.
struct JSONDiagnostic: Encodable {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
    var rule: String
    var notes: [String]
    /// Other places, each `{path, line, column, message}`; left out when there are none.
    var related: [JSONRelated]?

    struct JSONRelated: Encodable {
        var path: String
        var line: Int
        var column: Int
        var message: String
    }

    init(_ diagnostic: Diagnostic) {
        path = diagnostic.location.path
        line = diagnostic.location.line
        column = diagnostic.location.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        rule = diagnostic.ruleID
        notes = diagnostic.notes
        related = diagnostic.related.isEmpty ? nil : diagnostic.related.map {
            JSONRelated(path: $0.location.path, line: $0.location.line, column: $0.location.column, message: $0.message)
        }
    }
}
