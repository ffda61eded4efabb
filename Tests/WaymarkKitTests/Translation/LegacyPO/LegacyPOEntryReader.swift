// The old entry reader (see LegacyPOParser.swift).

import Foundation
@testable import WaymarkKit

/// Groups classified PO lines into entries (the parser's second stage).
struct LegacyPOEntryReader {
    /// Project-relative path for diagnostics.
    let path: String
    /// The file's lines with their terminators.
    let lines: [Substring]
    private var diagnostics: [Diagnostic] = []
    private var catalog = POCatalog()
    private var builder = POEntryBuilder()
    /// Index of the first line not yet owned by an entry.
    private var consumed = 0
    private var seenKeys: [POMessageKey: Int] = [:]

    /// A reader over the lines of one file.
    init(path: String, lines: [Substring]) {
        self.path = path
        self.lines = lines
    }

    /// Reads every line; returns the catalog and diagnostics.
    mutating func read() -> POParseResult {
        for (index, raw) in lines.enumerated() {
            var content = Array(raw.unicodeScalars)
            if content.last == "\n" { content.removeLast() }
            if content.last == "\r" { content.removeLast() }
            if index == 0 { catalog.usesCRLF = raw.hasSuffix("\r\n") }
            let line = LegacyPOLine.classify(content)
            if line == .blank {
                if builder.hasMsgstr { finishEntry(lastLine: index - 1) }
                continue
            }
            if builder.hasMsgstr, LegacyPOLine.startsNewEntry(line) { finishEntry(lastLine: index - 1) }
            if builder.firstLine == nil { builder.firstLine = index }
            if let problem = builder.add(line, lineIndex: index) {
                report(problem.message, line: index + 1, column: problem.offset + 1)
            }
            builder.lastLine = index
        }
        if builder.hasMsgid {
            finishEntry(lastLine: builder.lastLine ?? lines.count - 1)
        }
        catalog.trailingText = lines[consumed...].joined()
        return POParseResult(catalog: catalog, diagnostics: diagnostics)
    }

    private mutating func report(_ message: String, line: Int, column: Int = 1) {
        let location = SourceLocation(path: path, line: line, column: column)
        diagnostics.append(POSyntaxRule.diagnostic(message, at: location))
    }

    private mutating func finishEntry(lastLine: Int) {
        guard let firstLine = builder.firstLine else { return }
        let (built, problems) = builder.build()
        for problem in problems { report(problem.message, line: problem.line) }
        if var entry = built {
            checkDuplicate(entry)
            let isFirst = catalog.header == nil && catalog.entries.isEmpty
            entry.origin = POEntryOrigin(
                leading: lines[consumed..<firstLine].joined(),
                text: lines[firstLine...max(firstLine, lastLine)].joined(),
                wasFirst: isFirst)
            if isFirst, entry.isHeader {
                catalog.header = entry
                checkPluralForms(firstLine: firstLine, lastLine: max(firstLine, lastLine))
            } else {
                catalog.entries.append(entry)
            }
        }
        consumed = max(firstLine, lastLine) + 1
        builder = POEntryBuilder()
    }

    /// A bad `Plural-Forms` is reported at its own line of the header.
    private mutating func checkPluralForms(firstLine: Int, lastLine: Int) {
        guard let value = catalog.headerValue("Plural-Forms"), let problem = PluralFormsCheck.problem(in: value) else { return }
        let line = (firstLine...lastLine).first { lines[$0].range(of: "Plural-Forms", options: .caseInsensitive) != nil } ?? firstLine
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

extension LegacyPOLine {
    /// True when this line cannot belong to an entry that already has a `msgstr`.
    static func startsNewEntry(_ line: POLine) -> Bool {
        switch line {
        case .keyword(.msgstr, _, _, _), .continuation, .blank, .invalid: false
        default: true
        }
    }
}
