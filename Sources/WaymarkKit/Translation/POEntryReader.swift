import Foundation

/// Groups classified PO lines into entries (the parser's second stage), reading
/// the file's UTF-8 bytes in one pass: each line is a slice of the buffer.
struct POEntryReader {
    /// Project-relative path for diagnostics.
    let path: String
    /// The file's bytes after any byte order mark; valid UTF-8.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset where each line read so far starts (and, once read, the end of the text).
    private var lineStarts: [Int] = []
    private var diagnostics: [Diagnostic] = []
    private var catalog = POCatalog()
    private var builder = POEntryBuilder()
    /// Index of the first line not yet owned by an entry.
    private var consumed = 0
    private var seenKeys: [POMessageKey: Int] = [:]
    private var scratch: [UInt8] = []

    /// A reader over the valid UTF-8 text of one file.
    init(path: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads every line; returns the catalog and diagnostics.
    mutating func read() -> POParseResult {
        var start = 0
        var index = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != POByte.newline { end += 1 }
            let next = end < bytes.count ? end + 1 : end
            if end < bytes.count, index == 0 { catalog.usesCRLF = end > start && bytes[end - 1] == POByte.carriageReturn }
            if end > start, bytes[end - 1] == POByte.carriageReturn { end -= 1 }
            lineStarts.append(start)
            readLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), index: index)
            start = next
            index += 1
        }
        lineStarts.append(bytes.count)
        if builder.hasMsgid {
            finishEntry(lastLine: builder.lastLine ?? index - 1)
        }
        catalog.trailingText = text(lines: consumed..<index)
        return POParseResult(catalog: catalog, diagnostics: diagnostics)
    }

    private mutating func readLine(_ content: UnsafeBufferPointer<UInt8>, index: Int) {
        let line = POLine.classify(content, scratch: &scratch)
        if case .blank = line {
            if builder.hasMsgstr { finishEntry(lastLine: index - 1) }
            return
        }
        if builder.hasMsgstr, line.startsNewEntry { finishEntry(lastLine: index - 1) }
        if builder.firstLine == nil { builder.firstLine = index }
        if let problem = builder.add(line, lineIndex: index) {
            report(problem.message, line: index + 1, column: POByte.scalarOffset(content, problem.offset) + 1)
        }
        builder.lastLine = index
    }

    /// The exact text of `lines`, terminators included.
    private func text(lines: Range<Int>) -> String {
        POByte.string(bytes, lineStarts[lines.lowerBound]..<lineStarts[lines.upperBound])
    }

    private mutating func report(_ message: String, line: Int, column: Int = 1) {
        let location = SourceLocation(path: path, line: line, column: column)
        diagnostics.append(POSyntaxRule.diagnostic(message, at: location))
    }

    private mutating func finishEntry(lastLine: Int) {
        guard let firstLine = builder.firstLine else { return }
        let (built, problems) = builder.build()
        for problem in problems { report(problem.message, line: problem.line) }
        let lastLine = max(firstLine, lastLine)
        if var entry = built {
            checkDuplicate(entry)
            let isFirst = catalog.header == nil && catalog.entries.isEmpty
            entry.origin = POEntryOrigin(
                leading: text(lines: consumed..<firstLine), text: text(lines: firstLine..<(lastLine + 1)),
                original: POEntrySnapshot(entry), wasFirst: isFirst)
            if isFirst, entry.isHeader {
                catalog.header = entry
                checkPluralForms(firstLine: firstLine, lastLine: lastLine)
            } else {
                catalog.entries.append(entry)
            }
        }
        consumed = lastLine + 1
        builder = POEntryBuilder()
    }

    /// A bad `Plural-Forms` is reported at its own line of the header.
    private mutating func checkPluralForms(firstLine: Int, lastLine: Int) {
        guard let value = catalog.headerValue("Plural-Forms"), let problem = PluralFormsMemo.problem(in: value) else { return }
        let line = (firstLine...lastLine).first { text(lines: $0..<($0 + 1)).range(of: "Plural-Forms", options: .caseInsensitive) != nil } ?? firstLine
        report(problem, line: line + 1)
    }

    private mutating func checkDuplicate(_ entry: POEntry) {
        guard !entry.isObsolete else { return }
        if let first = seenKeys[entry.key] {
            report("duplicate message definition (first defined at line \(first))", line: entry.line)
        } else {
            seenKeys[entry.key] = entry.line
        }
    }
}

extension POLine {
    /// True when this line cannot belong to an entry that already has a `msgstr`.
    var startsNewEntry: Bool {
        switch self {
        case .keyword(.msgstr, _, _, _), .continuation, .blank, .invalid: false
        default: true
        }
    }
}
