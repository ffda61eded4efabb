/// Writes JSON text straight into UTF-8 bytes in `JSONValue`'s format (two-space
/// indentation, `"key": value`, `[]`/`{}` when empty, slashes unescaped), so a page
/// file is written without building a `JSONValue` tree or a `String` per value.
/// The caller writes object members in sorted key order.
struct JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// One entry per open array or object: whether it has an item yet.
    private var open: [Bool] = []

    /// Creates an empty writer.
    init() {}

    /// The output as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens an array; follow with `element()` before each value and `endArray()`.
    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    /// Closes the innermost array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Opens an object; follow with `key(_:)` before each value and `endObject()`.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    /// Closes the innermost object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Starts the next element of the innermost array.
    mutating func element() { startItem() }

    /// Starts the member `name` of the innermost object.
    mutating func key(_ name: String) {
        startItem()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Writes `null`.
    mutating func null() { append("null") }

    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    /// Writes a decimal integer.
    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// Writes the shortest round-tripping decimal (whole numbers keep `.0`); `null` when not finite.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Writes `string` quoted, escaping `"` and `\\`, and dropping control characters
    /// other than tab and newline (`ControlCharacters`). Runs between escapes are
    /// copied as bytes.
    mutating func string(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `value` at the current position.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let values):
            beginArray()
            for value in values {
                element()
                self.value(value)
            }
            endArray()
        case .object(let members):
            beginObject()
            for key in members.keys.sorted() {
                self.key(key)
                self.value(members[key] ?? .null)
            }
            endObject()
        }
    }

    private mutating func startItem() {
        let last = open.count - 1
        if open[last] { bytes.append(UInt8(ascii: ",")) }
        open[last] = true
        newline(depth: open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        if open.removeLast() { newline(depth: open.count) }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            index += 1
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x09: append("\\t")
            case 0xC2:
                // U+0080-U+009F (C1 controls) are dropped; any other U+00xx is text.
                guard index < utf8.count else { break }
                if !(0x80...0x9F).contains(utf8[index]) {
                    bytes.append(0xC2)
                    bytes.append(utf8[index])
                }
                index += 1
            default:
                break
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
}

extension JSONWriter {
    /// The document with its closing newline; the writer is done.
    mutating func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
