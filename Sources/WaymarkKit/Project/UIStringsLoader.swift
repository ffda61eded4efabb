/// Reads `Source-Content/_ui.yaml`: `key: text` or `key: { one: ..., other: ... }`.
enum UIStringsLoader {
    static let path = "\(ContentLoader.contentFolder)/_ui.yaml"
    static let pluralCategories = ["zero", "one", "two", "few", "many", "other"]

    static func load(_ files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [UIString] {
        guard files.contains(path), let text = files.text(path, rule: FileEncodingRule.self, diagnostics: &diagnostics) else { return [] }
        let (node, yamlDiagnostics) = YAMLLoader.parse(text, path: path)
        diagnostics += yamlDiagnostics
        guard let node else { return [] }
        var reader = YAMLSchemaReader(path: path, rule: FrontMatterRule.self)
        guard let pairs = node.pairs else {
            reader.error("_ui.yaml must map UI keys to strings", at: node)
            diagnostics += reader.diagnostics
            return []
        }
        var strings: [UIString] = []
        for pair in pairs {
            if let text = pair.value.string {
                strings.append(UIString(key: pair.key, forms: ["other": text], line: pair.value.line, column: pair.value.column))
            } else if pair.value.pairs != nil {
                var forms: [String: String] = [:]
                for form in reader.mapping(pair.value, known: pluralCategories, what: "plural string '\(pair.key)'") {
                    forms[form.key] = reader.string(form.value, key: form.key)
                }
                if forms["other"] == nil { reader.error("plural string '\(pair.key)' needs an 'other' form", at: pair.value) }
                strings.append(UIString(key: pair.key, forms: forms, line: pair.value.line, column: pair.value.column))
            } else {
                reader.error("UI string '\(pair.key)' must be a string or plural forms", at: pair.value)
            }
        }
        diagnostics += reader.diagnostics
        return strings
    }
}
