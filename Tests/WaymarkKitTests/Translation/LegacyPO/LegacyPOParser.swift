// The PO parser as it was before the byte-level rewrite (main at c223976), kept
// verbatim but renamed as the oracle of POParserDifferentialTests. Do not "fix" it.

import Foundation
@testable import WaymarkKit

/// Reads gettext PO files: every feature of the format (comments in any
/// order, `#|` previous, `#~` obsolete, plurals, multi-line strings, escapes,
/// CRLF, BOM). Never fails: problems become `po-syntax` diagnostics with the
/// line and column, and the rest of the file is still read.
enum LegacyPOParser {
    /// Parses a file's bytes; reports invalid UTF-8 and decodes what it can.
    static func parse(data: Data, path: String) -> POParseResult {
        let bytes = [UInt8](data)
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        var invalidLine: Int?
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: body, as: UTF8.self)
            invalidLine = firstInvalidUTF8Line(body)
        }
        var result = parse(text, path: path)
        result.catalog.hasByteOrderMark = hasBOM
        if let line = invalidLine {
            let location = SourceLocation(path: path, line: line, column: 1)
            result.diagnostics.insert(POSyntaxRule.diagnostic("file is not valid UTF-8", at: location), at: 0)
        }
        return result
    }

    /// Parses PO text (a leading BOM character is remembered and skipped).
    static func parse(_ text: String, path: String) -> POParseResult {
        var body = Substring(text)
        let hasBOM = body.unicodeScalars.first == "\u{FEFF}"
        if hasBOM { body = Substring(body.unicodeScalars.dropFirst()) }
        var reader = LegacyPOEntryReader(path: path, lines: splitLines(body))
        var result = reader.read()
        result.catalog.hasByteOrderMark = hasBOM
        return result
    }

    /// Lines with their terminators, so entries can keep their exact text.
    static func splitLines(_ text: Substring) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index != text.utf8.endIndex {
            let next = text.utf8.index(after: index)
            if text.utf8[index] == 0x0A {
                lines.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start != text.endIndex { lines.append(text[start...]) }
        return lines
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
