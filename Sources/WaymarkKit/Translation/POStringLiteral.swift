/// Reads one C-style quoted string of a PO line, as gettext's lexer does:
/// escapes `\n \t \r \a \b \f \v \\ \"`, octal `\ooo` and hex `\xhh` (bytes,
/// decoded as UTF-8 once the whole string is read).
struct POStringLiteral {
    /// A problem inside a string, at a 0-based offset of the line (bytes for the
    /// byte reader, scalars for the scalar one).
    struct Failure: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// Reads the string whose opening quote is at byte `start` of `line` (valid
    /// UTF-8); returns the decoded text and the byte offset just past the closing quote.
    /// `scratch` is reused between calls for strings with escapes.
    static func read(_ line: UnsafeBufferPointer<UInt8>, from start: Int, scratch: inout [UInt8]) throws(Failure) -> (text: String, end: Int) {
        var index = start + 1
        // Most strings have no escape: they are a slice of the (valid) line.
        while index < line.count, line[index] != POByte.quote, line[index] != POByte.backslash { index += 1 }
        guard index < line.count else { throw Failure(message: "unterminated string", offset: start) }
        if line[index] == POByte.quote { return (POByte.string(line, start + 1..<index), index + 1) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: line[(start + 1)..<index])
        while index < line.count {
            switch line[index] {
            case POByte.quote:
                guard let text = String(validating: scratch, as: UTF8.self) else {
                    throw Failure(message: "string is not valid UTF-8 after decoding escapes", offset: start)
                }
                return (text, index + 1)
            case POByte.backslash:
                index = try readEscape(line, at: index, into: &scratch)
            case let byte:
                scratch.append(byte)
                index += 1
            }
        }
        throw Failure(message: "unterminated string", offset: start)
    }

    /// The scalar form of `read` (offsets are scalar offsets), for callers that hold a line as scalars.
    static func read(_ line: [Unicode.Scalar], from start: Int) throws(Failure) -> (text: String, end: Int) {
        guard start < line.count else { throw Failure(message: "unterminated string", offset: start) }
        let bytes = POByte.utf8(line)
        let byteStart = line[..<start].reduce(0) { $0 + UTF8.width($1) }
        var scratch: [UInt8] = []
        do throws(Failure) {
            let (text, end) = try bytes.withUnsafeBufferPointer { buffer throws(Failure) in try read(buffer, from: byteStart, scratch: &scratch) }
            return (text, POByte.scalarOffset(bytes, end))
        } catch {
            throw Failure(message: error.message, offset: POByte.scalarOffset(bytes, error.offset))
        }
    }

    /// Decodes the escape at `index` (a backslash); returns the offset after it.
    private static func readEscape(_ line: UnsafeBufferPointer<UInt8>, at index: Int, into bytes: inout [UInt8]) throws(Failure) -> Int {
        guard index + 1 < line.count else { throw Failure(message: "unterminated string", offset: index) }
        let code = line[index + 1]
        if let byte = simpleEscape(code) {
            bytes.append(byte)
            return index + 2
        }
        if let digit = octalValue(code) {
            var value = digit
            var next = index + 2
            while next < index + 4, next < line.count, let more = octalValue(line[next]) {
                value = value * 8 + more
                next += 1
            }
            guard value <= 0xFF else { throw Failure(message: "octal escape out of range", offset: index) }
            bytes.append(UInt8(value))
            return next
        }
        if code == UInt8(ascii: "x") {
            var value = 0
            var next = index + 2
            while next < line.count, let more = HexDigit.value(line[next]) {
                value = value * 16 + Int(more)
                guard value <= 0xFF else { throw Failure(message: "hex escape out of range", offset: index) }
                next += 1
            }
            guard next > index + 2 else { throw Failure(message: "\\x used with no following hex digits", offset: index) }
            bytes.append(UInt8(value))
            return next
        }
        throw Failure(message: "invalid escape sequence '\\\(POByte.scalarString(line, at: index + 1))'", offset: index)
    }

    private static func simpleEscape(_ code: UInt8) -> UInt8? {
        switch code {
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "a"): 0x07
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "v"): 0x0B
        case POByte.backslash, POByte.quote: code
        default: nil
        }
    }

    private static func octalValue(_ byte: UInt8) -> Int? {
        (0x30...0x37).contains(byte) ? Int(byte) - 0x30 : nil
    }

    /// The C-escaped form of `text` as gettext writes it (without quotes).
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let code = escapeCode(scalar) {
                result.append("\\")
                result.append(code)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The letter after the backslash when gettext writes `scalar` escaped, or nil.
    static func escapeCode(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\n": "n"
        case "\t": "t"
        case "\r": "r"
        case "\u{07}": "a"
        case "\u{08}": "b"
        case "\u{0C}": "f"
        case "\u{0B}": "v"
        case "\\": "\\"
        case "\"": "\""
        default: nil
        }
    }
}
