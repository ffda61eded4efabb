/// Reads typed values out of `YAMLNode`s and records a diagnostic, at the
/// offending key or value, for every unknown key or wrong type. Used for
/// `waymark.yaml`, `_program.yaml` and front matter so all three report the
/// same way.
struct YAMLSchemaReader {
    let path: String
    let rule: any Rule.Type
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, rule: any Rule.Type) {
        self.path = path
        self.rule = rule
    }

    mutating func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(rule.diagnostic(message, at: SourceLocation(path: path, line: line, column: column)))
    }

    mutating func error(_ message: String, at node: YAMLNode) {
        error(message, line: node.line, column: node.column)
    }

    /// The pairs of a mapping, reporting keys not in `known` (with a "did you mean" hint).
    mutating func mapping(_ node: YAMLNode, known: [String], what: String) -> [YAMLNode.Pair] {
        guard let pairs = node.pairs else {
            error("\(what) must be a mapping, found \(node.kindName)", at: node)
            return []
        }
        for pair in pairs where !known.contains(pair.key) {
            unknown(pair, "unknown key '\(pair.key)' in \(what)", known: known, present: pairs.map(\.key))
        }
        return pairs.filter { known.contains($0.key) }
    }

    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard let text = node.string, !node.isNull else {
            error("'\(key)' must be a string, found \(node.isNull ? "nothing" : node.kindName)", at: node)
            return nil
        }
        return text
    }

    mutating func bool(_ node: YAMLNode, key: String) -> Bool? {
        switch node.string {
        case "true", "True", "TRUE", "yes": return true
        case "false", "False", "FALSE", "no": return false
        default:
            error("'\(key)' must be true or false", at: node)
            return nil
        }
    }

    mutating func number(_ node: YAMLNode, key: String) -> Double? {
        guard let text = node.string, case .scalar(_, false) = node.value, let value = Double(text), value.isFinite else {
            error("'\(key)' must be a number", at: node)
            return nil
        }
        return value
    }

    mutating func integer(_ node: YAMLNode, key: String) -> Int? {
        guard let text = node.string, case .scalar(_, false) = node.value, let value = Int(text) else {
            error("'\(key)' must be a whole number", at: node)
            return nil
        }
        return value
    }

    mutating func stringList(_ node: YAMLNode, key: String) -> [String]? {
        guard let items = node.items else {
            error("'\(key)' must be a list, found \(node.kindName)", at: node)
            return nil
        }
        return items.compactMap { string($0, key: key) }
    }

    /// Reports the unknown key of `pair`, underlined, with the closest of `known` as a
    /// suggestion; one edit away from a plain key, and not already `present` in the
    /// mapping (the fix would duplicate it), `check --fix` may apply it.
    mutating func unknown(_ pair: YAMLNode.Pair, _ message: String, known: [String], present: [String] = []) {
        let start = SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn)
        let plain = pair.keyIsPlain && !pair.key.contains("\n")
        let range = plain ? start.span(to: start.advanced(by: pair.key.utf8.count)) : nil
        var suggestions: [Suggestion] = []
        if let closest = Self.closest(to: pair.key, in: known) {
            let replacements = range.map { [Replacement($0, with: closest, expecting: pair.key)] } ?? []
            let safe = plain && EditDistance.levenshtein(pair.key, closest) == 1 && !present.contains(closest)
            suggestions.append(Suggestion("did you mean '\(closest)'?", replacements: replacements, isSafe: safe))
        }
        diagnostics.append(rule.diagnostic(message, at: start, range: range, suggestions: suggestions))
    }

    /// The known name within edit distance 2, for "did you mean" hints.
    static func closest(to word: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, EditDistance.levenshtein(word, $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }
}
