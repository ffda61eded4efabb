import Foundation

/// Groups classified PO lines into entries (the parser's second stage), reading
/// the file's UTF-8 bytes in one pass: each line is a slice of the buffer.
struct POEntryReader {
    /// Project-relative path for diagnostics.
    let path: String
    /// The file's bytes after any byte order mark; valid UTF-8.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The whole file the entries' origins point into (nil: entries get no origin), and
    /// the offset of `bytes` in it.
    private let source: Data?
    private let base: Int
    /// Byte offset where each line read so far starts (and, once read, the end of the text).
    private var lineStarts: [Int] = []
    private var diagnostics: [Diagnostic] = []
    private var catalog = POCatalog()
    private var builder = POEntryBuilder()
    /// Index of the first line not yet owned by an entry.
    private var consumed = 0
    private var seenKeys: [POMessageKey: Int] = [:]
    private var scratch: [UInt8] = []

    /// A reader over the valid UTF-8 text of one file: `source`'s bytes (`bytes`) from byte `start`.
    init(path: String, source: Data?, bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.path = path
        self.source = source
        self.bytes = UnsafeBufferPointer(rebasing: bytes[start...])
        base = start
    }

    /// The one entry `bytes` (an origin's text) holds, read as it was from its file, without an origin.
    static func entry(in bytes: UnsafeBufferPointer<UInt8>) -> POEntry? {
        var reader = POEntryReader(path: "", source: nil, bytes: bytes, start: 0)
        let catalog = reader.read().catalog
        return catalog.header ?? catalog.entries.first
    }

    /// Reads every line; returns the catalog and diagnostics.
    mutating func read() -> POParseResult {
        let expected = Self.estimatedEntryCount(bytes)
        catalog.entries.reserveCapacity(expected)
        seenKeys.reserveCapacity(expected)
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
            if let source {
                let textStart = base + lineStarts[firstLine]
                entry.origin = POEntryOrigin(source: source, leading: (base + lineStarts[consumed])..<textStart,
                                             text: textStart..<(base + lineStarts[lastLine + 1]), wasFirst: isFirst)
            }
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
        // One hash per entry: a duplicate (rare) puts the first line back.
        let key = entry.key
        if let first = seenKeys.updateValue(entry.line, forKey: key) {
            seenKeys[key] = first
            report("duplicate message definition (first defined at line \(first))", line: entry.line)
        }
    }
}

extension POEntryReader {
    /// About how many entries `bytes` holds: its lines that start with `msgid` (or `#~ msgid`),
    /// so the catalog's array is allocated once at its size instead of growing by doubling.
    static func estimatedEntryCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            var start = index
            if bytes[start] == UInt8(ascii: "#"), start + 2 < bytes.count, bytes[start + 1] == UInt8(ascii: "~") { start = POLine.skipSpaces(bytes, start + 2) }
            if start + 5 < bytes.count, bytes[start] == UInt8(ascii: "m"), bytes[start + 3] == UInt8(ascii: "i"),
               bytes[start + 5] == POByte.space || bytes[start + 5] == POByte.quote { count += 1 }
            guard let newline = UnsafeBufferPointer(rebasing: bytes[start...]).firstIndex(of: POByte.newline) else { break }
            index = start + newline + 1
        }
        return count
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
