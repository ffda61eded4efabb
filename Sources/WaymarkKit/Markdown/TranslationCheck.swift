/// Checks one translation on its own before it is spliced in: it must fit on
/// the lines its segment allows, and text that is read out of its page context
/// (ATX headings, table cells, alt text) must parse as the same kind of block.
/// Paragraphs and setext headings depend on their context (lazy lines,
/// indentation), so `Reassembler` checks them in place instead.
enum TranslationCheck {
    /// A translation ready to splice, or why it cannot be used.
    enum Outcome: Equatable {
        case use(String)
        case reject(ReassemblyProblem.Reason)
    }

    /// Normalises line endings and outer whitespace, escapes pipes in table
    /// cells, and checks the block structure the text produces alone.
    static func prepare(_ translation: String, for segment: Segment) -> Outcome {
        let normalized = translation.replacingLineEndings()
        // The source text itself fits by construction, even where a stand-alone
        // parse would read it differently (lazy lines, context).
        if normalized == segment.text { return .use(normalized) }
        var text = normalized.trimmedMarkdownWhitespace()
        guard !text.isEmpty else { return .reject(.empty) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.contains(where: { $0.allSatisfy { $0 == " " || $0 == "\t" } }) { return .reject(.blankLine) }
        if lines.count > 1, !segment.span.allowsNewlines { return .reject(.lineBreakNotAllowed) }
        if segment.kind == .tableCell { text = escapingPipes(text) }
        if segment.kind == .heading, !segment.span.allowsNewlines { text = escapingClosingSequence(text) }
        return parsesAsSameBlock(text, segment) ? .use(text) : .reject(.changesStructure)
    }

    private static func parsesAsSameBlock(_ text: String, _ segment: Segment) -> Bool {
        let parser = MarkdownParser()
        switch segment.kind {
        case .paragraph:
            return true
        case .heading:
            if segment.span.allowsNewlines { return true }
            let document = parser.parse("# " + text)
            return document.children.count == 1 && document.children[0].kind == .heading(level: 1, setext: false)
        case .tableCell:
            let document = parser.parse("| " + text + " |\n| --- |")
            guard document.children.count == 1, case .table(let columns) = document.children[0].kind else { return false }
            return columns.count == 1
        case .imageAlt:
            let document = parser.parse("![" + text + "](x)")
            guard document.children.count == 1, document.children[0].children.count == 1,
                  case .image = document.children[0].children[0].kind else { return false }
            return true
        }
    }

    /// `Title ##` -> `Title #\#`: in an ATX heading a final run of `#` after a
    /// blank would be read as the closing sequence and vanish.
    static func escapingClosingSequence(_ text: String) -> String {
        guard text.hasSuffix("#") else { return text }
        let run = text.reversed().prefix { $0 == "#" }.count
        let beforeRun = text.dropLast(run).last
        guard beforeRun == nil || beforeRun == " " || beforeRun == "\t" else { return text }
        return text.dropLast() + "\\#"
    }

    /// `a | b` -> `a \| b`; pipes already escaped stay as they are.
    static func escapingPipes(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if character == "|", !escaped { result.append("\\") }
            escaped = character == "\\" && !escaped
            result.append(character)
        }
        return result
    }
}

extension String {
    /// The string with `\r\n` and `\r` line endings turned into `\n`.
    func replacingLineEndings() -> String {
        // By byte: `contains("\r")` is Foundation's substring search, a tenth of localizing a page.
        guard containsUTF8(UInt8(ascii: "\r")) else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .split(separator: "\r", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
