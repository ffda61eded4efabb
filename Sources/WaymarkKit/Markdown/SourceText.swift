/// A Markdown source as UTF-8 bytes with an index of line starts, so that
/// cmark's 1-based line and byte-column positions map to byte offsets.
struct SourceText: Sendable {
    /// The whole source as UTF-8.
    let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    let lineStarts: [Int]

    /// Indexes `source`; lines end at `\n`, `\r\n` or `\r` as in CommonMark.
    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    /// Number of lines (a trailing newline does not open an extra line).
    var lineCount: Int {
        lineStarts.count > 1 && lineStarts[lineStarts.count - 1] == bytes.count
            ? lineStarts.count - 1 : lineStarts.count
    }

    /// Byte range of `line` (1-based) without its line ending; empty when out of range.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    /// The text of `range` (invalid UTF-8 is repaired, never trapped on).
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// True when `line` holds only spaces and tabs.
    func isBlank(_ line: Int) -> Bool {
        lineRange(line).allSatisfy { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") }
    }
}
