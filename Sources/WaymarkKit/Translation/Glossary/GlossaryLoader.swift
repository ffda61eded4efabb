import Foundation

/// Reads `Source-Content/_data/glossary.yaml`: a list of
/// `{term, note, translations: {es: ..., fi: ...}}` entries. Each term keeps
/// the line it was written on; malformed entries become `glossary` errors at
/// the offending key or value and are skipped.
enum GlossaryLoader {
    /// Where the glossary lives in a project.
    static let path = "Source-Content/_data/glossary.yaml"
    /// The `_data` file name (`{{glossary...}}`) of the glossary.
    static let dataName = "glossary"

    /// The terms in `root` (the parsed glossary file at `path`).
    static func load(_ root: YAMLNode, path: String = GlossaryLoader.path) -> (terms: [GlossaryTerm], diagnostics: [Diagnostic]) {
        var reader = YAMLSchemaReader(path: path, rule: GlossaryRule.self)
        guard let items = root.items else {
            reader.error("the glossary must be a list of {term, note, translations} entries, found \(root.kindName)", at: root)
            return ([], reader.diagnostics)
        }
        let terms = items.compactMap { term(from: $0, reader: &reader) }
        return (terms, reader.diagnostics)
    }

    /// Parses glossary YAML text; YAML syntax errors are `yaml-syntax` diagnostics.
    static func load(text: String, path: String = GlossaryLoader.path) -> (terms: [GlossaryTerm], diagnostics: [Diagnostic]) {
        let (node, yamlDiagnostics) = YAMLLoader.parse(text, path: path)
        guard let node else { return ([], yamlDiagnostics) }
        let loaded = load(node, path: path)
        return (loaded.terms, yamlDiagnostics + loaded.diagnostics)
    }

    private static func term(from node: YAMLNode, reader: inout YAMLSchemaReader) -> GlossaryTerm? {
        let pairs = reader.mapping(node, known: ["term", "note", "translations"], what: "a glossary entry")
        guard node.pairs != nil else { return nil }
        guard let termNode = node["term"] else {
            reader.error("a glossary entry needs a 'term'", at: node)
            return nil
        }
        guard let term = reader.string(termNode, key: "term")?.trimmed, !term.isEmpty else { return nil }
        var entry = GlossaryTerm(term: term, translations: [:], location: SourceLocation(path: reader.path, line: termNode.line, column: termNode.column))
        for pair in pairs {
            switch pair.key {
            case "note": entry.note = reader.string(pair.value, key: "note")
            case "translations": entry.translations = translations(pair.value, reader: &reader)
            default: break
            }
        }
        return entry
    }

    /// `{es: adulto de confianza, fi: [turvallinen aikuinen, luotettava aikuinen]}`.
    private static func translations(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [String: [String]] {
        guard let pairs = node.pairs else {
            reader.error("'translations' must map locales to the agreed translation, found \(node.kindName)", at: node)
            return [:]
        }
        var result: [String: [String]] = [:]
        for pair in pairs {
            let variants = pair.value.items != nil
                ? reader.stringList(pair.value, key: pair.key)
                : reader.string(pair.value, key: pair.key).map { [$0] }
            let kept = (variants ?? []).map(\.trimmed).filter { !$0.isEmpty }
            if !kept.isEmpty { result[pair.key] = kept }
        }
        return result
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines.
    fileprivate var trimmed: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
