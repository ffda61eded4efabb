/// A JSON value with a deterministic writer: object keys sorted, two-space
/// indentation, slashes unescaped, trailing newline. Channels build these
/// directly so the output never depends on an encoder's settings.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A string value, or null when `string` is nil.
    static func optional(_ string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }

    /// The serialized document, ending with a newline.
    func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// `serialized()` as UTF-8 bytes, written by `JSONWriter`.
    func serializedBytes() -> [UInt8] {
        var writer = JSONWriter()
        writer.value(self)
        return writer.finished()
    }
}
