/// The one place where Markdown HTML output is escaped.
///
/// Markup comes in as trusted `StaticString` fragments; every piece of user
/// text goes through `text(_:)`, `attribute(_:_:)` or `url(_:)`. Only
/// `trustedRawHTML(_:)` (raw HTML the project explicitly allowed) bypasses it.
struct HTMLWriter {
    /// The HTML written so far, as UTF-8.
    private(set) var bytes: [UInt8] = []

    /// The output as a string.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends literal markup.
    mutating func markup(_ fragment: StaticString) {
        fragment.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a decimal number (list starts, footnote numbers).
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Starts a new line unless the output is empty or already ends with one
    /// (cmark's `cr`).
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Appends text escaped for element content or a quoted attribute value:
    /// `&`, `<`, `>` and `"` (exactly what cmark escapes).
    /// Control characters are dropped (`ControlCharacters`).
    mutating func text<S: Sequence>(_ value: S) where S.Element == UInt8 {
        if value.withContiguousStorageIfAvailable({ appendEscapedText($0) }) == nil {
            Array(value).withUnsafeBufferPointer { appendEscapedText($0) }
        }
    }

    /// Appends text escaped for element content.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { appendEscapedText($0) }
    }

    /// The escaping of `text`, on bytes: runs of bytes that need nothing are copied
    /// at once. Same result as feeding each byte through `ControlByteFilter` and
    /// escaping what it lets through (`HTMLWriterTests` compares the two).
    private mutating func appendEscapedText(_ utf8: UnsafeBufferPointer<UInt8>) {
        ControlByteFilter.forEachRun(utf8, escaping: Self.isEscaped, run: { bytes.append(contentsOf: $0) }) { byte in
            switch byte {
            case UInt8(ascii: "&"): markup("&amp;")
            case UInt8(ascii: "<"): markup("&lt;")
            case UInt8(ascii: ">"): markup("&gt;")
            default: markup("&quot;")
            }
        }
    }

    /// The bytes `text` replaces by a character reference: exactly what cmark escapes.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }

    /// Appends trusted markup held in a string (template attribute names, a rendered body) unchanged.
    mutating func trusted(_ fragment: String) {
        var fragment = fragment
        fragment.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        markup(" ")
        text(name.utf8.filter(Self.isAttributeNameByte))
        markup("=\"")
        text(value)
        markup("\"")
    }

    /// Appends a URL for an `href`/`src` value: percent-encodes bytes outside
    /// cmark's safe set, `&` as `&amp;` and `'` as `&#x27;` (cmark's `houdini_escape_href`).
    /// Control characters are dropped before encoding, so the URL written is the URL
    /// `URLSafety` tested.
    mutating func url(_ value: String) {
        var filter = ControlByteFilter()
        for byte in value.utf8 { filter.feed(byte) { appendURL($0) } }
        filter.finish { appendURL($0) }
    }

    private mutating func appendURL(_ byte: UInt8) {
        if Self.isSafeInURL(byte) {
            bytes.append(byte)
        } else if byte == UInt8(ascii: "&") {
            markup("&amp;")
        } else if byte == UInt8(ascii: "'") {
            markup("&#x27;")
        } else {
            bytes.append(UInt8(ascii: "%"))
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Appends raw HTML unchanged; only for HTML the configuration allows.
    /// Control characters are dropped here too: no output carries them.
    mutating func trustedRawHTML<S: Sequence>(_ value: S) where S.Element == UInt8 {
        var filter = ControlByteFilter()
        for byte in value { filter.feed(byte) { bytes.append($0) } }
        filter.finish { bytes.append($0) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// cmark's `HREF_SAFE` table: alphanumerics and `-_.+!*(),%#@?=;:/$~`.
    private static let safeURLBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()

    private static func isSafeInURL(_ byte: UInt8) -> Bool { safeURLBytes[Int(byte)] }

    private static func isAttributeNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
