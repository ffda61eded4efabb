/// Reads `waymark.yaml` into a `ProjectConfiguration`. Every unknown key,
/// wrong type, unknown locale or formula is a `config` error at the line and
/// column of the offending key or value (SPEC §3); callers exit 2 on any.
struct ConfigurationLoader {
    static let fileName = "waymark.yaml"

    /// Formula ids accepted in `audiences:`; the readability engine's registry.
    var knownFormulas: Set<String>
    /// Rule ids accepted in `rules:`.
    var knownRules: Set<String>

    func load(_ text: String) -> (ProjectConfiguration?, [Diagnostic]) {
        let (root, yamlDiagnostics) = YAMLLoader.parse(text, path: Self.fileName)
        if !yamlDiagnostics.isEmpty { return (nil, yamlDiagnostics) }
        guard let root else {
            return (nil, [ConfigRule.diagnostic("waymark.yaml is empty; it needs at least 'source-locale' and 'locales'", at: SourceLocation(path: Self.fileName))])
        }
        var reader = YAMLSchemaReader(path: Self.fileName, rule: ConfigRule.self)
        var config = ProjectConfiguration()
        let pairs = reader.mapping(root, known: Self.topLevelKeys, what: "waymark.yaml")
        for pair in pairs {
            read(pair, into: &config, reader: &reader)
        }
        validateLocales(config, root: root, reader: &reader)
        return (reader.diagnostics.isEmpty ? config : nil, reader.diagnostics)
    }

    static let topLevelKeys = ["name", "source-locale", "locales", "audiences", "channels", "allow-raw-html", "rules", "data", "long-untranslated", "quick-exit"]

    private func read(_ pair: YAMLNode.Pair, into config: inout ProjectConfiguration, reader: inout YAMLSchemaReader) {
        let node = pair.value
        switch pair.key {
        case "name": config.name = reader.string(node, key: "name") ?? config.name
        case "source-locale":
            if let tag = reader.string(node, key: "source-locale") {
                checkTag(tag, at: node, reader: &reader)
                config.sourceLocale = tag
            }
        case "locales":
            let tags = reader.stringList(node, key: "locales") ?? []
            for (tag, item) in zip(tags, node.items ?? []) { checkTag(tag, at: item, reader: &reader) }
            if tags.isEmpty { reader.error("'locales' must list at least one locale", at: node) }
            config.locales = tags
        case "audiences": config.audiences = readAudiences(node, reader: &reader)
        case "channels": config.channels = readChannels(node, reader: &reader)
        case "allow-raw-html": config.allowRawHTML = reader.bool(node, key: "allow-raw-html") ?? false
        case "rules": config.ruleSeverities = readRules(node, reader: &reader)
        case "data": config.translatableDataFields = readData(node, reader: &reader)
        case "long-untranslated": config.longUntranslated = readLongUntranslated(node, reader: &reader)
        case "quick-exit": config.quickExit = QuickExit.read(node, reader: &reader)
        default: break
        }
    }

    /// `long-untranslated: { syncs: 5, days: 30 }` (either or both, positive whole numbers).
    private func readLongUntranslated(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> LongUntranslatedPolicy? {
        var policy = LongUntranslatedPolicy()
        for pair in reader.mapping(node, known: ["syncs", "days"], what: "'long-untranslated'") {
            guard let value = reader.integer(pair.value, key: "long-untranslated.\(pair.key)") else { continue }
            guard value > 0 else {
                reader.error("'long-untranslated.\(pair.key)' must be a positive whole number", at: pair.value)
                continue
            }
            if pair.key == "syncs" { policy.syncs = value } else { policy.days = value }
        }
        guard policy.syncs != nil || policy.days != nil else {
            if node.pairs != nil { reader.error("'long-untranslated' needs 'syncs', 'days' or both", at: node) }
            return nil
        }
        return policy
    }

    private func checkTag(_ tag: String, at node: YAMLNode, reader: inout YAMLSchemaReader) {
        if !LocaleTag.isWellFormed(tag) {
            reader.error("'\(tag)' is not a BCP 47 language tag (e.g. en, es, pt-BR)", at: node)
        }
    }

    private func validateLocales(_ config: ProjectConfiguration, root: YAMLNode, reader: inout YAMLSchemaReader) {
        if root["source-locale"] == nil {
            reader.error("missing required key 'source-locale'", line: 1, column: 1)
        } else if root["locales"] != nil, !config.locales.contains(config.sourceLocale), let node = root["source-locale"] {
            reader.error("source locale '\(config.sourceLocale)' is not in 'locales'", at: node)
        }
        // Per-locale min-complete may only name configured locales.
        for channel in root["channels"]?.items ?? [] {
            for pair in channel["min-complete"]?.pairs ?? [] where pair.key != "default" && !config.locales.contains(pair.key) {
                reader.error("unknown locale '\(pair.key)' in 'min-complete'; add it to 'locales'", line: pair.keyLine, column: pair.keyColumn)
            }
        }
        // Audience targets may only name configured locales.
        for audienceNode in root["audiences"]?.pairs ?? [] {
            for localePair in audienceNode.value["readability"]?.pairs ?? [] where !config.locales.contains(localePair.key) {
                reader.error("unknown locale '\(localePair.key)' in audience '\(audienceNode.key)'; add it to 'locales'", line: localePair.keyLine, column: localePair.keyColumn)
            }
        }
    }

    private func readAudiences(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [AudienceConfiguration] {
        guard let pairs = node.pairs else {
            reader.error("'audiences' must be a mapping of audience names", at: node)
            return []
        }
        return pairs.map { pair in
            var audience = AudienceConfiguration(name: pair.key)
            for field in reader.mapping(pair.value, known: ["readability"], what: "audience '\(pair.key)'") {
                audience.readability = readTargets(field.value, reader: &reader)
            }
            return audience
        }
    }

    private func readTargets(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [String: [ReadabilityTarget]] {
        var result: [String: [ReadabilityTarget]] = [:]
        guard let locales = node.pairs else {
            reader.error("'readability' must map locales to formulas", at: node)
            return result
        }
        for locale in locales {
            guard let formulas = locale.value.pairs else {
                reader.error("readability targets for '\(locale.key)' must map formula ids to bounds", at: locale.value)
                continue
            }
            result[locale.key] = formulas.compactMap { formula in
                guard knownFormulas.contains(formula.key) else {
                    reader.unknown(formula, "unknown readability formula '\(formula.key)'", known: knownFormulas.sorted(), present: formulas.map(\.key))
                    return nil
                }
                var target = ReadabilityTarget(formulaID: formula.key)
                for bound in reader.mapping(formula.value, known: ["min", "max"], what: "formula '\(formula.key)'") {
                    let value = reader.number(bound.value, key: bound.key)
                    if bound.key == "min" { target.min = value } else { target.max = value }
                }
                return target
            }
        }
        return result
    }

    private func readRules(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [String: Severity?] {
        var result: [String: Severity?] = [:]
        guard let pairs = node.pairs else {
            reader.error("'rules' must map rule ids to error, warning or off", at: node)
            return result
        }
        for pair in pairs {
            guard knownRules.contains(pair.key) else {
                reader.unknown(pair, "unknown rule '\(pair.key)'", known: knownRules.sorted(), present: pairs.map(\.key))
                continue
            }
            switch pair.value.string {
            case "error": result[pair.key] = .some(.error)
            case "warning": result[pair.key] = .some(.warning)
            case "off": result[pair.key] = .some(nil)
            default: reader.error("severity of '\(pair.key)' must be error, warning or off", at: pair.value)
            }
        }
        return result
    }

    private func readData(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [String: [String]] {
        var result: [String: [String]] = [:]
        guard let pairs = node.pairs else {
            reader.error("'data' must map data file names to settings", at: node)
            return result
        }
        for pair in pairs {
            for field in reader.mapping(pair.value, known: ["translate"], what: "data '\(pair.key)'") {
                result[pair.key] = reader.stringList(field.value, key: "translate") ?? []
            }
        }
        return result
    }
}
