/// The swiftc-style excerpt printed under a text diagnostic that has a range:
/// the source line, `^` at the location and `~` under the rest of the range on
/// that line, then the replacement text of a fix on that line, aligned.
///
/// ```
/// waymark.yaml:3:1: error: unknown key 'chanels' in the project configuration [config]
/// chanels: []
/// ^~~~~~~
/// channels
/// ```
enum SourceExcerpt {
    /// The excerpt lines for `diagnostic` in its file's `text`; empty when the line is not there.
    static func lines(for diagnostic: Diagnostic, in text: String) -> [String] {
        lines(for: diagnostic, inLines: text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// `lines(for:in:)` over a file already split at newlines.
    static func lines(for diagnostic: Diagnostic, inLines sourceLines: [Substring]) -> [String] {
        let lineNumber = diagnostic.location.line
        guard lineNumber <= sourceLines.count else { return [] }
        var line = String(sourceLines[lineNumber - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        let characters = Array(line)
        var marks = [Character](repeating: " ", count: characters.count + 1)
        let range = diagnostic.span
        let start = range.lowerBound.line < lineNumber ? 0 : index(of: range.lowerBound.column, in: characters)
        let end = range.upperBound.line > lineNumber ? characters.count : index(of: range.upperBound.column, in: characters)
        if start < end { for position in start..<end { marks[position] = "~" } }
        marks[index(of: diagnostic.location.column, in: characters)] = "^"
        // The line is hostile text as much as any message: controls are shown as control pictures.
        var result = [ControlCharacters.visible(line), padded(marks, like: characters)]
        if let fix = diagnostic.suggestions.first?.replacements.first,
           fix.range.lowerBound.line == lineNumber, fix.range.upperBound.line == lineNumber,
           fix.range.lowerBound.path == diagnostic.location.path, !fix.text.isEmpty, !fix.text.contains("\n") {
            let column = index(of: fix.range.lowerBound.column, in: characters)
            result.append(String(characters.prefix(column).map { $0 == "\t" ? "\t" : " " }) + ControlCharacters.visible(fix.text, tabs: true))
        }
        return result
    }

    /// The character index of a 1-based UTF-8 byte column (clamped to the line).
    static func index(of column: Int, in characters: [Character]) -> Int {
        var bytes = 0
        for (index, character) in characters.enumerated() {
            if bytes >= column - 1 { return index }
            bytes += character.utf8.count
        }
        return characters.count
    }

    /// The marks with trailing spaces dropped, and tabs where the source has them so the marks line up.
    private static func padded(_ marks: [Character], like characters: [Character]) -> String {
        var text = String(marks.enumerated().map { index, mark in
            mark == " " && index < characters.count && characters[index] == "\t" ? "\t" : mark
        })
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
