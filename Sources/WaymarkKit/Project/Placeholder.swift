/// A `{{name}}` reference in content: `{{helplines.0.phone}}` names a `_data`
/// value, `{{ui.next}}` a UI string (SPEC §4).
public struct Placeholder: Sendable, Hashable {
    /// The dotted path between the braces, trimmed: `helplines.0.phone`.
    public var name: String
    /// Offset of the opening `{{` in UTF-8 bytes within the scanned text.
    public var utf8Offset: Int

    /// Every `{{...}}` in `text`, in order.
    public static func scan(_ text: String) -> [Placeholder] {
        // Most text holds no placeholder: no copy of its bytes for it.
        guard text.containsUTF8(UInt8(ascii: "{")) else { return [] }
        var found: [Placeholder] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            guard end + 1 < bytes.count else { break }
            let inner = String(decoding: bytes[(index + 2)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !inner.isEmpty, !inner.contains("{") { found.append(Placeholder(name: inner, utf8Offset: index)) }
            index = end + 2
        }
        return found
    }

    /// Replaces every placeholder `resolve` knows; unknown ones stay as written.
    public static func expand(_ text: String, _ resolve: (String) -> String?) -> String {
        let found = scan(text)
        guard !found.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for placeholder in found.reversed() {
            guard let value = resolve(placeholder.name) else { continue }
            var end = placeholder.utf8Offset + 2
            while !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            bytes.replaceSubrange(placeholder.utf8Offset..<(end + 2), with: Array(value.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
