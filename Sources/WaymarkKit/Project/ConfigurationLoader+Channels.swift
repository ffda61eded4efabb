extension ConfigurationLoader {
    static let channelKeys = ["name", "format", "profile", "base-url", "onion-location", "fallback", "min-complete", "publish-fuzzy", "page-weight-budget"]

    func readChannels(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> [ChannelConfiguration] {
        guard let items = node.items else {
            reader.error("'channels' must be a list of channels", at: node)
            return []
        }
        var names: Set<String> = []
        return items.compactMap { item in
            guard let channel = readChannel(item, reader: &reader) else { return nil }
            if !names.insert(channel.name).inserted {
                reader.error("duplicate channel name '\(channel.name)'", at: item["name"] ?? item)
            }
            return channel
        }
    }

    private func readChannel(_ node: YAMLNode, reader: inout YAMLSchemaReader) -> ChannelConfiguration? {
        let pairs = reader.mapping(node, known: Self.channelKeys, what: "a channel")
        guard let nameNode = node["name"], let name = reader.string(nameNode, key: "name") else {
            if node.pairs != nil { reader.error("a channel needs a 'name'", at: node) }
            return nil
        }
        if !Self.isSafeChannelName(name) {
            reader.error("channel name '\(name)' must be letters, digits, '-' or '_' (it names the Build/ folder)", at: nameNode)
        }
        var channel = ChannelConfiguration(name: name, format: .html)
        if node["format"] == nil { reader.error("channel '\(name)' needs a 'format' (html or json)", at: node) }
        for pair in pairs {
            let value = pair.value
            switch pair.key {
            case "format": channel.format = enumValue(value, key: "format", reader: &reader) ?? .html
            case "profile": channel.profile = enumValue(value, key: "profile", reader: &reader) ?? .web
            case "base-url": channel.baseURL = url(value, key: "base-url", reader: &reader)
            case "onion-location": channel.onionLocation = url(value, key: "onion-location", reader: &reader)
            case "fallback": channel.fallback = enumValue(value, key: "fallback", reader: &reader) ?? .source
            case "min-complete": readMinComplete(value, into: &channel, reader: &reader)
            case "publish-fuzzy": channel.publishFuzzy = reader.bool(value, key: "publish-fuzzy") ?? false
            case "page-weight-budget":
                if let bytes = reader.integer(value, key: "page-weight-budget") {
                    if bytes > 0 { channel.pageWeightBudget = bytes } else { reader.error("'page-weight-budget' must be a positive number of bytes", at: value) }
                }
            default: break
            }
        }
        return channel
    }

    /// `min-complete: 0.5`, or a map of locales (and `default`) to shares: `{es: 1.0, default: 0.5}`.
    private func readMinComplete(_ node: YAMLNode, into channel: inout ChannelConfiguration, reader: inout YAMLSchemaReader) {
        func share(_ node: YAMLNode, key: String) -> Double? {
            guard let value = reader.number(node, key: key) else { return nil }
            guard (0...1).contains(value) else {
                reader.error("'\(key)' must be between 0 and 1", at: node)
                return nil
            }
            return value
        }
        guard let pairs = node.pairs else {
            if let value = share(node, key: "min-complete") { channel.minComplete = value }
            return
        }
        for pair in pairs {
            if pair.key == "default" {
                if let value = share(pair.value, key: "min-complete.default") { channel.minComplete = value }
            } else if LocaleTag.isWellFormed(pair.key) {
                if let value = share(pair.value, key: "min-complete.\(pair.key)") { channel.minCompleteByLocale[pair.key] = value }
            } else {
                reader.error("'min-complete' keys are locales or 'default'; found '\(pair.key)'", line: pair.keyLine, column: pair.keyColumn)
            }
        }
    }

    private func enumValue<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, key: String, reader: inout YAMLSchemaReader) -> T? where T.RawValue == String {
        guard let text = reader.string(node, key: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        reader.error("'\(key)' must be one of \(allowed); found '\(text)'", at: node)
        return nil
    }

    private func url(_ node: YAMLNode, key: String, reader: inout YAMLSchemaReader) -> String? {
        guard let text = reader.string(node, key: key) else { return nil }
        guard text.hasPrefix("http://") || text.hasPrefix("https://") else {
            reader.error("'\(key)' must be an absolute http(s) URL", at: node)
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    static func isSafeChannelName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
