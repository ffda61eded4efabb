import Foundation

/// The one JSON style Waymark writes for people and machines alike (manifests,
/// signatures, `--json` outputs): sorted keys, indentation, unescaped slashes
/// and a trailing newline, so the bytes are stable and diffs are readable.
public enum StableJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }

    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
