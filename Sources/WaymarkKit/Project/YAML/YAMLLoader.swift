import Yams

/// Parses YAML text into `YAMLNode`s, turning every libyaml problem into a
/// `yaml-syntax` diagnostic at the line and column libyaml reports.
enum YAMLLoader {
    /// Parses one YAML document. An empty document yields `nil` with no diagnostics.
    /// `lineOffset` shifts reported lines (front matter starts after the opening `---`).
    static func parse(_ text: String, path: String, lineOffset: Int = 0) -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        do {
            guard let node = try Yams.compose(yaml: text) else { return (nil, []) }
            do {
                try YAMLExpansionLimit().check(node)
            } catch {
                let line = (error.mark?.line ?? 1) + lineOffset
                return (nil, [YAMLSyntaxRule.diagnostic(error.message, at: SourceLocation(path: path, line: line, column: error.mark?.column ?? 1))])
            }
            var diagnostics: [Diagnostic] = []
            let converted = convert(node, path: path, lineOffset: lineOffset, diagnostics: &diagnostics)
            return (converted, diagnostics)
        } catch {
            return (nil, [diagnostic(for: error, text: text, path: path, lineOffset: lineOffset)])
        }
    }

    private static func convert(_ node: Node, path: String, lineOffset: Int, diagnostics: inout [Diagnostic]) -> YAMLNode {
        let line = (node.mark?.line ?? 1) + lineOffset
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return YAMLNode(.scalar(scalar.string, quoted: quoted), line: line, column: column)
        case .sequence(let sequence):
            let items = sequence.map { convert($0, path: path, lineOffset: lineOffset, diagnostics: &diagnostics) }
            return YAMLNode(.sequence(items), line: line, column: column)
        case .mapping(let mapping):
            var pairs: [YAMLNode.Pair] = []
            var seen: Set<String> = []
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? "\(keyNode)"
                let keyLine = (keyNode.mark?.line ?? line) + lineOffset
                let keyColumn = keyNode.mark?.column ?? column
                // libyaml accepts duplicate keys; a person almost never means it.
                if !seen.insert(key).inserted {
                    diagnostics.append(YAMLSyntaxRule.diagnostic("duplicate key '\(key)'", at: SourceLocation(path: path, line: keyLine, column: keyColumn)))
                    continue
                }
                let value = convert(valueNode, path: path, lineOffset: lineOffset, diagnostics: &diagnostics)
                pairs.append(YAMLNode.Pair(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value,
                                           keyIsPlain: keyNode.scalar?.style == .plain))
            }
            return YAMLNode(.mapping(pairs), line: line, column: column)
        case .alias:
            return YAMLNode(.scalar("", quoted: false), line: line, column: column)
        }
    }

    /// Line and column of the second `key:` at the start of a line from `line` on.
    static func secondOccurrence(of key: String, in text: String, after line: Int) -> (line: Int, column: Int)? {
        var seen = 0
        // "\r\n" is one Character: split on it too, so CRLF files get the right line.
        for (index, content) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() where index + 1 >= line {
            let trimmed = content.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") else { continue }
            seen += 1
            if seen == 2 { return (index + 1, content.count - trimmed.count + 1) }
        }
        return nil
    }

    private static func diagnostic(for error: Error, text: String, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        guard let yamlError = error as? YamlError else {
            return YAMLSyntaxRule.diagnostic("cannot parse YAML", at: SourceLocation(path: path, line: 1 + lineOffset))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line + lineOffset))" } ?? problem
            return YAMLSyntaxRule.diagnostic("invalid YAML: \(detail)", at: at(mark))
        case .reader(let problem, _, _, _):
            return YAMLSyntaxRule.diagnostic("invalid YAML: \(problem)", at: SourceLocation(path: path, line: 1 + lineOffset))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the mapping; point at the repeated key, which is what a person must fix.
            let location = duplicates.first.flatMap { secondOccurrence(of: $0, in: text, after: context.mark.line) }
                .map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) } ?? at(context.mark)
            return YAMLSyntaxRule.diagnostic("duplicate key '\(duplicates.joined(separator: "', '"))'", at: location)
        default:
            return YAMLSyntaxRule.diagnostic("invalid YAML", at: SourceLocation(path: path, line: 1 + lineOffset))
        }
    }
}
