/// One translation `import` changes (or would change, under `--dry-run`).
struct ImportChange: Sendable, Hashable, CustomStringConvertible {
    /// Catalog path.
    var path: String
    /// The entry's context.
    var msgctxt: String?
    /// The entry's source.
    var msgid: String
    /// Plural form index, for plural entries.
    var form: Int?
    /// Translation and fuzzy flag before.
    var oldTarget: String
    var oldFuzzy: Bool
    /// Translation and fuzzy flag after.
    var newTarget: String
    var newFuzzy: Bool

    /// A unified-diff-like description for `import --dry-run`.
    var description: String {
        let keyword = form.map { "msgstr[\($0)]" } ?? "msgstr"
        var lines = ["\(path): " + (msgctxt.map { "msgctxt \(quoted($0)) " } ?? "") + "msgid \(quoted(msgid))"]
        if oldTarget != newTarget || oldFuzzy {
            lines.append("- \(keyword) \(quoted(oldTarget))" + (oldFuzzy ? "  #, fuzzy" : ""))
        }
        lines.append("+ \(keyword) \(quoted(newTarget))" + (newFuzzy ? "  #, fuzzy" : ""))
        return lines.joined(separator: "\n")
    }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
