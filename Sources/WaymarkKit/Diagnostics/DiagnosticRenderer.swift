import Foundation

/// Turns diagnostics into the text of one `--format`.
public enum DiagnosticRenderer {
    /// - Parameter files: the project snapshot; with it, text output shows the
    ///   source line and a caret under each diagnostic that has a range.
    public static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, files: ProjectFiles? = nil) -> String {
        var text = ""
        write(diagnostics, as: format, files: files) { text += $0 }
        return text
    }

    /// `render`'s text handed to `emit` in pieces of 1,024 diagnostics (text and GitHub
    /// formats), so a project's 80,000 warnings are never one string in memory.
    public static func write(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, files: ProjectFiles? = nil, to emit: (String) -> Void) {
        switch format {
        case .text, .github:
            // Pieces of 1,024 diagnostics, a window of them rendered in parallel and emitted in order.
            // Diagnostics come sorted by path: each file is decoded once per piece for its excerpts.
            let piece = 1024, window = piece * 4 * Swift.max(1, Parallelism.width)
            for windowStart in stride(from: 0, to: diagnostics.count, by: window) {
                let starts = Array(stride(from: windowStart, to: Swift.min(windowStart + window, diagnostics.count), by: piece))
                let texts = starts.parallelMap { start in
                    var text = ""
                    var source = SourceCache(files: files)
                    for diagnostic in diagnostics[start..<Swift.min(start + piece, diagnostics.count)] {
                        text += format == .text ? line(for: diagnostic, source: &source) : githubCommand(diagnostic)
                    }
                    return text
                }
                texts.forEach(emit)
            }
        case .json:
            emit(encode(diagnostics.map(JSONDiagnostic.init)))
        case .sarif:
            emit(encode(SARIFLog(diagnostics: diagnostics, rules: RuleRegistry.descriptions)))
        }
    }

    /// The last file's decoded lines (nil: not shown, binary or not UTF-8).
    struct SourceCache {
        var files: ProjectFiles?
        var path: String?
        var lines: [Substring]?

        mutating func lines(of path: String) -> [Substring]? {
            if path != self.path {
                self.path = path
                lines = files?.files[path].flatMap { data in data.contains(0) ? nil : String(validating: data, as: UTF8.self) }
                    .map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            }
            return lines
        }
    }

    static func line(for diagnostic: Diagnostic, source: inout SourceCache) -> String {
        var text = diagnostic.description + "\n"
        if diagnostic.range != nil, let lines = source.lines(of: diagnostic.location.path) {
            for line in SourceExcerpt.lines(for: diagnostic, inLines: lines) { text += line + "\n" }
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
