import Foundation

/// The catalog read from a PO file and the `po-syntax` problems found in it.
struct POParseResult: Sendable {
    /// Everything that could be read, in file order.
    var catalog: POCatalog
    /// `po-syntax` errors with path, line and column.
    var diagnostics: [Diagnostic]
}

/// Reads gettext PO files: every feature of the format (comments in any
/// order, `#|` previous, `#~` obsolete, plurals, multi-line strings, escapes,
/// CRLF, BOM). Never fails: problems become `po-syntax` diagnostics with the
/// line and column, and the rest of the file is still read.
///
/// It reads the UTF-8 bytes in one pass (lines are slices of the buffer, one
/// `String` per decoded literal); diagnostic columns count Unicode scalars.
struct POParser {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Parses a file's bytes; reports invalid UTF-8 and decodes what it can.
    /// The catalog's entries keep offsets into `data` (no copy of it) for lossless writing.
    static func parse(data: Data, path: String) -> POParseResult {
        let hasBOM = data.starts(with: byteOrderMark)
        let body = hasBOM ? data.dropFirst(3) : data[...]
        guard String(validating: body, as: UTF8.self) != nil else {
            // Invalid sequences become U+FFFD, and the repaired text is read as text.
            let repaired = String(decoding: body, as: UTF8.self)
            var result = parse(repaired, path: path)
            result.catalog.hasByteOrderMark = hasBOM
            let location = SourceLocation(path: path, line: firstInvalidUTF8Line([UInt8](body)), column: 1)
            result.diagnostics.insert(POSyntaxRule.diagnostic("file is not valid UTF-8", at: location), at: 0)
            return result
        }
        var result = read(data, from: body.startIndex - data.startIndex, path: path)
        result.catalog.hasByteOrderMark = hasBOM
        return result
    }

    /// Parses PO text (a leading BOM character is remembered and skipped).
    static func parse(_ text: String, path: String) -> POParseResult {
        read(Data(text.utf8), from: 0, path: path)
    }

    /// Reads the valid UTF-8 text of `source` from byte `start`, skipping a byte order mark
    /// there (as the text reader always did, even after one `parse(data:)` skipped);
    /// the entries' origins share `source`.
    private static func read(_ source: Data, from start: Int, path: String) -> POParseResult {
        source.withUnsafeBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            let hasBOM = bytes[start...].starts(with: byteOrderMark)
            var reader = POEntryReader(path: path, source: source, bytes: bytes, start: start + (hasBOM ? byteOrderMark.count : 0))
            var result = reader.read()
            result.catalog.hasByteOrderMark = hasBOM
            return result
        }
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[lineStart..<offset], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = offset + 1
        }
        return line
    }
}
