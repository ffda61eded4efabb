// The old string literal reader (see LegacyPOParser.swift).

import Foundation
@testable import WaymarkKit

/// Reads one C-style quoted string of a PO line, as gettext's lexer does:
/// escapes `\n \t \r \a \b \f \v \\ \"`, octal `\ooo` and hex `\xhh` (bytes,
/// decoded as UTF-8 once the whole string is read).
enum LegacyPOStringLiteral {
    /// Reads the string starting at `start` (which must be `"`); returns the
    /// decoded text and the offset just past the closing quote.
    static func read(_ line: [Unicode.Scalar], from start: Int) throws(POStringLiteral.Failure) -> (text: String, end: Int) {
        var bytes: [UInt8] = []
        var index = start + 1
        while index < line.count {
            let scalar = line[index]
            switch scalar {
            case "\"":
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw POStringLiteral.Failure(message: "string is not valid UTF-8 after decoding escapes", offset: start)
                }
                return (text, index + 1)
            case "\\":
                index = try readEscape(line, at: index, into: &bytes)
            default:
                UTF8.encode(scalar) { bytes.append($0) }
                index += 1
            }
        }
        throw POStringLiteral.Failure(message: "unterminated string", offset: start)
    }

    private static let simpleEscapes: [Unicode.Scalar: UInt8] = [
        "n": 0x0A, "t": 0x09, "r": 0x0D, "a": 0x07, "b": 0x08, "f": 0x0C, "v": 0x0B, "\\": 0x5C, "\"": 0x22,
    ]

    /// Decodes the escape at `index` (a backslash); returns the offset after it.
    private static func readEscape(_ line: [Unicode.Scalar], at index: Int, into bytes: inout [UInt8]) throws(POStringLiteral.Failure) -> Int {
        guard index + 1 < line.count else { throw POStringLiteral.Failure(message: "unterminated string", offset: index) }
        let code = line[index + 1]
        if let byte = simpleEscapes[code] {
            bytes.append(byte)
            return index + 2
        }
        if let digit = code.octalValue {
            var value = digit
            var next = index + 2
            while next < index + 4, next < line.count, let more = line[next].octalValue {
                value = value * 8 + more
                next += 1
            }
            guard value <= 0xFF else { throw POStringLiteral.Failure(message: "octal escape out of range", offset: index) }
            bytes.append(UInt8(value))
            return next
        }
        if code == "x" {
            var value = 0
            var next = index + 2
            while next < line.count, let more = line[next].hexValue {
                value = value * 16 + more
                guard value <= 0xFF else { throw POStringLiteral.Failure(message: "hex escape out of range", offset: index) }
                next += 1
            }
            guard next > index + 2 else { throw POStringLiteral.Failure(message: "\\x used with no following hex digits", offset: index) }
            bytes.append(UInt8(value))
            return next
        }
        throw POStringLiteral.Failure(message: "invalid escape sequence '\\\(code)'", offset: index)
    }
}

extension Unicode.Scalar {
    /// Value of an octal digit, or nil.
    fileprivate var octalValue: Int? { ("0"..."7").contains(self) ? Int(value) - 0x30 : nil }

    /// Value of a hexadecimal digit, or nil.
    fileprivate var hexValue: Int? {
        switch value {
        case 0x30...0x39: Int(value) - 0x30
        case 0x41...0x46: Int(value) - 0x41 + 10
        case 0x61...0x66: Int(value) - 0x61 + 10
        default: nil
        }
    }
}
