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
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? Self.format(value) : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (offset, value) in values.enumerated() {
                output += indent + "  "
                value.write(to: &output, indent: indent + "  ")
                output += offset + 1 < values.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            let keys = members.keys.sorted()
            for (offset, key) in keys.enumerated() {
                output += indent + "  "
                Self.writeString(key, to: &output)
                output += ": "
                members[key]?.write(to: &output, indent: indent + "  ")
                output += offset + 1 < keys.count ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    /// Shortest round-tripping decimal; whole numbers keep a `.0` so the type stays visible.
    private static func format(_ value: Double) -> String {
        value.description
    }

    /// Writes `string` quoted, escaping `"` and `\\`, and dropping control characters
    /// other than tab and newline (`ControlCharacters`). Text between escapes is
    /// appended in runs: most strings need no escape at all, and appending scalar by
    /// scalar was a tenth of a JSON build.
    private static func writeString(_ string: String, to output: inout String) {
        output += "\""
        let utf8 = string.utf8
        var runStart = utf8.startIndex
        while let special = utf8[runStart...].firstIndex(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) {
            // An ASCII byte or 0xC2 always starts a scalar, so these indices slice cleanly.
            output += string[runStart..<special]
            runStart = utf8.index(after: special)
            switch utf8[special] {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x09: output += "\\t"
            case 0xC2:
                // U+0080-U+009F (C1 controls) are dropped; any other U+00xx is text.
                guard runStart < utf8.endIndex else { break }
                let next = utf8.index(after: runStart)
                if !(0x80...0x9F).contains(utf8[runStart]) { output += string[special..<next] }
                runStart = next
            default:
                break
            }
        }
        output += string[runStart...]
        output += "\""
    }
}
