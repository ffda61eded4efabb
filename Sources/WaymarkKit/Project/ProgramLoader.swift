/// Reads `Source-Content/<program>/_program.yaml`.
enum ProgramLoader {
    static let fileName = "_program.yaml"
    static let keys = ["title", "description", "audience", "order", "quick-exit"]

    static func load(id: String, files: ProjectFiles, configuration: ProjectConfiguration, diagnostics: inout [Diagnostic]) -> Program? {
        let path = "\(ContentLoader.contentFolder)/\(id)/\(fileName)"
        guard files.contains(path) || files.unreadable[path] != nil else {
            diagnostics.append(FrontMatterRule.diagnostic("program folder '\(id)' has no \(fileName) (title, description, audience, order)", at: SourceLocation(path: "\(ContentLoader.contentFolder)/\(id)")))
            return nil
        }
        guard let text = files.text(path, rule: FileEncodingRule.self, diagnostics: &diagnostics) else { return nil }
        let (node, yamlDiagnostics) = YAMLLoader.parse(text, path: path)
        diagnostics += yamlDiagnostics
        guard yamlDiagnostics.isEmpty else { return nil }
        guard let node else {
            diagnostics.append(FrontMatterRule.diagnostic("\(fileName) is empty; it needs a 'title'", at: SourceLocation(path: path)))
            return nil
        }
        var reader = YAMLSchemaReader(path: path, rule: FrontMatterRule.self)
        var program = Program(id: id, path: path, title: "", titleLine: 1, description: "", descriptionLine: 1,
                              audience: "", audienceLocation: SourceLocation(path: path), order: Int.max, pages: [])
        for pair in reader.mapping(node, known: keys, what: fileName) {
            switch pair.key {
            case "title":
                program.title = reader.string(pair.value, key: "title") ?? ""
                program.titleLine = pair.value.line
            case "description":
                program.description = reader.string(pair.value, key: "description") ?? ""
                program.descriptionLine = pair.value.line
            case "audience":
                program.audience = reader.string(pair.value, key: "audience") ?? ""
                program.audienceLocation = SourceLocation(path: path, line: pair.value.line, column: pair.value.column)
            case "order": program.order = reader.integer(pair.value, key: "order") ?? Int.max
            case "quick-exit": program.quickExit = QuickExit.read(pair.value, reader: &reader)
            default: break
            }
        }
        if node["title"] == nil { reader.error("\(fileName) needs a 'title'", at: node) }
        if program.audience.isEmpty, let first = configuration.audiences.first {
            program.audience = first.name
        } else if !program.audience.isEmpty, configuration.audience(named: program.audience) == nil {
            let hint = YAMLSchemaReader.closest(to: program.audience, in: configuration.audiences.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            reader.error("unknown audience '\(program.audience)'\(hint)", line: program.audienceLocation.line, column: program.audienceLocation.column)
        }
        diagnostics += reader.diagnostics
        return reader.diagnostics.isEmpty ? program : nil
    }
}
