/// Writes one keyword and its string the way gettext does (`write-po.c`):
/// the string is split after each `\n`; each piece is escaped and broken at
/// Unicode line-break opportunities so no line passes column 79; when the
/// first piece would not fit on the keyword line (or more pieces follow),
/// the keyword gets `""` and the text starts on the next line.
struct POStringWrapper {
    /// gettext's default page width.
    static let pageWidth = 79

    /// The lines for `keyword "value"` with `prefix` (`""`, `#~ `, `#| `, `#~| `).
    static func lines(prefix: String, keyword: String, value: String, wrap: Bool) -> [String] {
        let pieces = splitAfterNewlines(value)
        let width = (wrap ? pageWidth : Int.max / 2) - 1 - (prefix.count + 1)
        var output: [String] = []
        var firstLine = true
        for (number, piece) in pieces.enumerated() {
            let escaped = EscapedPiece(piece)
            var startColumn = firstLine ? keyword.count + 1 : 0
            var breaks = escaped.breaks(width: width, startColumn: startColumn)
            if firstLine, !escaped.scalars.isEmpty,
               number < pieces.count - 1 || startColumn > width || breaks.contains(true) {
                output.append(prefix + keyword + " \"\"")
                firstLine = false
                startColumn = 0
                breaks = escaped.breaks(width: width, startColumn: startColumn)
            }
            var line = prefix + (firstLine ? keyword + " " : "") + "\""
            firstLine = false
            for (index, scalar) in escaped.scalars.enumerated() {
                if breaks[index] {
                    output.append(line + "\"")
                    line = prefix + "\""
                }
                line.unicodeScalars.append(scalar)
            }
            output.append(line + "\"")
        }
        return output
    }

    /// The value split after every newline; an empty value is one empty piece.
    static func splitAfterNewlines(_ value: String) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in value.unicodeScalars {
            current.append(scalar)
            if scalar == "\n" {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }
}

/// One piece of a string after C escaping, with the positions where a line
/// must not break (inside an escape, before a final `\n`).
struct EscapedPiece {
    /// The escaped text.
    var scalars: [Unicode.Scalar] = []
    /// `prohibited[i]`: no break before scalar `i`.
    var prohibited: [Bool] = []

    /// Escapes one piece of a string.
    init(_ piece: [Unicode.Scalar]) {
        for scalar in piece {
            if let code = POStringLiteral.escapeCode(scalar) {
                scalars += ["\\", code]
                prohibited += [false, true]
            } else {
                scalars.append(scalar)
                prohibited.append(false)
            }
        }
        if piece.last == "\n", scalars.count >= 2 { prohibited[scalars.count - 2] = true }
    }

    /// `result[i]` is true when a line break goes before scalar `i`
    /// (libunistring's `ulc_width_linebreaks` over the escaped text).
    func breaks(width: Int, startColumn: Int) -> [Bool] {
        let possible = LineBreakOpportunities.compute(scalars)
        var result = Array(repeating: false, count: scalars.count)
        var lastBreak: Int?
        var lastColumn = startColumn
        var pieceWidth = 0
        for index in scalars.indices {
            if possible[index], !prohibited[index] {
                if let candidate = lastBreak, lastColumn + pieceWidth > width {
                    result[candidate] = true
                    lastColumn = 0
                }
                lastBreak = index
                lastColumn += pieceWidth
                pieceWidth = 0
            }
            pieceWidth += scalars[index].columnWidth
        }
        if let candidate = lastBreak, lastColumn + pieceWidth > width { result[candidate] = true }
        return result
    }
}

extension Unicode.Scalar {
    /// Display columns (East Asian wide characters take two, combining marks none).
    var columnWidth: Int {
        if (0x20..<0x7F).contains(value) { return 1 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
