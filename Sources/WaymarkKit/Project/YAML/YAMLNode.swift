/// A YAML value with the place it was written, converted from Yams once so
/// that later stages are plain `Sendable` values and every error can point at
/// the key or value a person must edit.
public struct YAMLNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// One `key: value` entry; keys keep their own position for "unknown key" errors.
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var keyLine: Int
        public var keyColumn: Int
        public var value: YAMLNode
        /// True for a plain (unquoted) key, whose text in the file is exactly `key`.
        public var keyIsPlain = false
    }

    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The scalar text, or nil for sequences and mappings.
    public var string: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// True for an unquoted `~`, `null` or empty scalar.
    public var isNull: Bool {
        if case .scalar(let text, let quoted) = value, !quoted {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The value stored under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// A short noun for messages: "a mapping", "a list", "a string".
    public var kindName: String {
        switch value {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
