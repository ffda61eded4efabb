/// Reads typed values out of `YAMLNode`s and records a diagnostic, at the
/// offending key or value, for every unknown key or wrong type. Used for
/// `waymark.yaml`, `_program.yaml` and front matter so all three report the
/// same way.
struct YAMLSchemaReader {
    let path: String
    let ruleID: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, ruleID: String) {
        self.path = path
        self.ruleID = ruleID
    }

    mutating func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: column), rule: ruleID))
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
            let hint = Self.closest(to: pair.key, in: known).map { "; did you mean '\($0)'?" } ?? ""
            error("unknown key '\(pair.key)' in \(what)\(hint)", line: pair.keyLine, column: pair.keyColumn)
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

    /// The known name within edit distance 2, for "did you mean" hints.
    static func closest(to word: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, EditDistance.levenshtein(word, $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }
}
