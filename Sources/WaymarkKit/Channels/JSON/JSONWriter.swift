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

    /// `utf8` with `"` and `\` escaped, tab and newline as `\t` and `\n`, and the
    /// other control characters dropped (`ControlCharacters`).
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        ControlByteFilter.forEachRun(utf8, escaping: { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x09 },
                                     run: { bytes.append(contentsOf: $0) }) { byte in
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            default: append("\\t")
            }
        }
    }
}

extension JSONWriter {
    /// The document with its closing newline; the writer is done.
    mutating func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
