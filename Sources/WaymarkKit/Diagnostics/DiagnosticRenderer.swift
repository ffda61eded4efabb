import Foundation

/// Turns diagnostics into the text of one `--format`.
public enum DiagnosticRenderer {
    /// - Parameter files: the project snapshot; with it, text output shows the
    ///   source line and a caret under each diagnostic that has a range.
    public static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, files: ProjectFiles? = nil) -> String {
        switch format {
        case .text:
            return diagnostics.map { line(for: $0, files: files) }.joined()
        case .json:
            return encode(diagnostics.map(JSONDiagnostic.init))
        case .github:
            return diagnostics.map(githubCommand).joined()
        case .sarif:
            return encode(SARIFLog(diagnostics: diagnostics, rules: RuleRegistry.descriptions))
        }
    }

    static func line(for diagnostic: Diagnostic, files: ProjectFiles? = nil) -> String {
        var text = diagnostic.description + "\n"
        if diagnostic.range != nil, let data = files?.files[diagnostic.location.path], !data.contains(0),
           let source = String(validating: data, as: UTF8.self) {
            for line in SourceExcerpt.lines(for: diagnostic, in: source) { text += line + "\n" }
        }
        for note in diagnostic.notes { text += "    note: \(note)\n" }
        for place in diagnostic.related { text += "    note: \(place.description)\n" }
        for suggestion in diagnostic.suggestions { text += "    suggestion: \(ControlCharacters.visible(suggestion.summary, tabs: true))\(suggestion.isSafe ? " (check --fix applies it)" : "")\n" }
        return text
    }

    /// `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=rule::message` with GitHub's escaping.
    /// GitHub takes columns only when the annotation is on one line, and its `endColumn` is the last column.
    static func githubCommand(_ diagnostic: Diagnostic) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let location = diagnostic.location
        let message = ([diagnostic.message] + diagnostic.notes + diagnostic.related.map(\.description)
            + diagnostic.suggestions.map { "suggestion: \($0.summary)" }).joined(separator: "\n")
        var place = "line=\(location.line),col=\(location.column)"
        if let range = diagnostic.range {
            let start = range.lowerBound, end = range.upperBound
            if start.line == end.line {
                place = "line=\(start.line),col=\(start.column),endLine=\(end.line),endColumn=\(max(start.column, end.column - 1))"
            } else {
                place = "line=\(start.line),endLine=\(end.line)"
            }
        }
        return "::\(diagnostic.severity.rawValue) file=\(escapeProperty(location.path)),\(place),title=\(escapeProperty(diagnostic.ruleID))::\(escapeData(message))\n"
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        (try? StableJSON.string(value)) ?? "[]\n"
    }
}
