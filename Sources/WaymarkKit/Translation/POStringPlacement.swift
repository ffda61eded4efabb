/// Where one `msgstr` (or `msgstr[n]`) of a parsed entry is written in its
/// file: each quoted piece with its line and UTF-8 byte columns, worked out
/// from the entry's own lines (`POEntryOrigin`) with the parser's line
/// classifier. It lets a translation rule underline part of a translation and
/// turn an edit of the decoded text into a replacement in the `.po` file.
struct POStringPlacement: Sendable, Hashable {
    /// One quoted string: `"..."`.
    struct Piece: Sendable, Hashable {
        var line: Int
        /// Byte column of the first content byte (just after the opening quote).
        var contentColumn: Int
        /// Byte column of the closing quote.
        var closeColumn: Int
        /// The content as written, escapes included.
        var raw: String
        /// The content decoded.
        var text: String
    }

    var path: String
    /// The keyword (`msgstr`) and every quoted piece, in order.
    var keyword: SourceLocation
    var pieces: [Piece]

    /// From the `msgstr` keyword through the last closing quote.
    var span: Range<SourceLocation> {
        guard let last = pieces.last else { return keyword..<keyword }
        return keyword.span(to: SourceLocation(path: path, line: last.line, column: last.closeColumn + 1))
    }

    /// What a placement is worked out from: an entry's lines as read, kept on a
    /// `TranslationUnitCheck` so the work is done only for entries a rule reports.
    struct Lines: Sendable, Hashable {
        var text: String
        var firstLine: Int
        var form: Int
        var path: String

        /// Form `form` of `entry`'s translation, read from `path`; nil for an entry made in memory.
        init?(msgstrOf entry: POEntry, form: Int, path: String) {
            guard let origin = entry.origin, entry.line > 0, !entry.isObsolete else { return nil }
            text = origin.text
            firstLine = entry.line
            self.form = form
            self.path = path
        }
    }

    /// The placement of the translation in `lines`; nil when it cannot be read back.
    init?(_ lines: Lines) {
        let form = lines.form, path = lines.path
        self.path = path
        keyword = SourceLocation(path: path)
        pieces = []
        var inField = false
        lines: for (index, raw) in lines.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var scalars = Array(raw.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            let lineNumber = lines.firstLine + index
            switch POLine.classify(scalars) {
            case .keyword(.msgstr(let n), _, false, let offset) where n == form || (n == -1 && form == 0):
                inField = true
                keyword = SourceLocation(path: path, line: lineNumber, column: Self.bytes(scalars[0..<offset]) + 1)
                guard let quote = scalars[offset...].firstIndex(of: "\""), Self.read(scalars, from: quote, line: lineNumber, into: &pieces) else { return nil }
            case .continuation(_, false, let offset) where inField:
                guard Self.read(scalars, from: offset, line: lineNumber, into: &pieces) else { return nil }
            default:
                if inField { break lines }
            }
        }
        if pieces.isEmpty { return nil }
    }

    /// The file range of `range` in the decoded translation `text` (the pieces joined),
    /// when it lies inside one piece; nil when it crosses pieces or cannot be mapped.
    func fileRange(of range: Range<String.Index>, in text: String) -> Range<SourceLocation>? {
        let lower = text.unicodeScalars[..<range.lowerBound].count
        let upper = text.unicodeScalars[..<range.upperBound].count
        var start = 0
        for piece in pieces {
            let count = piece.text.unicodeScalars.count
            defer { start += count }
            guard lower >= start, upper <= start + count else { continue }
            let scalars = Array(piece.text.unicodeScalars)
            guard let from = column(of: String(String.UnicodeScalarView(scalars[0..<(lower - start)])), in: piece),
                  let to = column(of: String(String.UnicodeScalarView(scalars[0..<(upper - start)])), in: piece) else { return nil }
            return SourceLocation(path: path, line: piece.line, column: from).span(to: SourceLocation(path: path, line: piece.line, column: to))
        }
        return nil
    }

    /// A replacement of `range` in the decoded `text` with `replacement`, escaped as PO writes it.
    func replacement(of range: Range<String.Index>, in text: String, with replacement: String) -> Replacement? {
        guard let fileRange = fileRange(of: range, in: text) else { return nil }
        return Replacement(fileRange, with: POStringLiteral.escape(replacement), expecting: POStringLiteral.escape(String(text[range])))
    }

    /// The byte column after the decoded `prefix` of a piece, when the raw text starts with it as gettext escapes it.
    private func column(of prefix: String, in piece: Piece) -> Int? {
        let escaped = POStringLiteral.escape(prefix)
        guard piece.raw.utf8.starts(with: escaped.utf8) else { return nil }
        return piece.contentColumn + escaped.utf8.count
    }

    /// Reads every quoted string from `start` to the end of the line.
    private static func read(_ scalars: [Unicode.Scalar], from start: Int, line: Int, into pieces: inout [Piece]) -> Bool {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "\"", let (text, end) = try? POStringLiteral.read(scalars, from: index) else { return false }
            let raw = String(String.UnicodeScalarView(scalars[(index + 1)..<(end - 1)]))
            pieces.append(Piece(line: line, contentColumn: bytes(scalars[0...index]) + 1, closeColumn: bytes(scalars[0..<(end - 1)]) + 1, raw: raw, text: text))
            index = end
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }
        return true
    }

    private static func bytes(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + UTF8.width($1) }
    }
}
