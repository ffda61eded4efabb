/// Splits a segment's inline Markdown into text and codes, so XLIFF writers can protect
/// the markup. Covers emphasis, strong, strikethrough, links (inline and reference),
/// images, code spans, autolinks, inline HTML, hard line breaks and `{{placeholders}}`.
///
/// Every character ends up in exactly one text or code, so
/// `tokenize(s).markdown == s` for any `s`. Structure follows CommonMark closely
/// enough for segments (flanking rules, rule of three), not to the letter.
enum MarkdownInlineTokenizer {
    /// The inline nodes of `text`.
    static func tokenize(_ text: String) -> [CodedInlineNode] {
        parse(Array(text))
    }

    static func parse(_ chars: [Character]) -> [CodedInlineNode] {
        var scanner = CodedInlineScanner(chars: chars)
        return CodedEmphasisResolver.resolve(scanner.scanAtoms())
    }
}

/// A first-pass piece of inline Markdown: text, a finished node, or a run of
/// `*`, `_` or `~` that may open or close emphasis.
enum InlineScanAtom {
    case text(String)
    case node(CodedInlineNode)
    case delimiter(EmphasisDelimiterRun)
}

/// A run of emphasis delimiters and what CommonMark's flanking rules allow it to do.
struct EmphasisDelimiterRun {
    var character: Character
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
}

/// Scans characters left to right into atoms; links recurse into their text.
struct CodedInlineScanner {
    let chars: [Character]
    private var atoms: [InlineScanAtom] = []
    private var pending = ""

    init(chars: [Character]) { self.chars = chars }

    /// The atoms of the whole input.
    mutating func scanAtoms() -> [InlineScanAtom] {
        var index = 0
        while index < chars.count {
            if let (atom, end) = match(at: index) {
                if case .text(let text) = atom {
                    pending += text
                } else {
                    flush()
                    atoms.append(atom)
                }
                index = end
            } else {
                pending.append(chars[index])
                index += 1
            }
        }
        flush()
        return atoms
    }

    private mutating func flush() {
        if !pending.isEmpty { atoms.append(.text(pending)) }
        pending = ""
    }

    private func match(at index: Int) -> (InlineScanAtom, Int)? {
        switch chars[index] {
        case "\\": return escape(at: index)
        case "`": return codeSpan(at: index)
        case "{": return placeholder(at: index)
        case "<": return angleBracket(at: index)
        case " ": return hardBreak(at: index)
        case "!": return image(at: index)
        case "[": return link(at: index)
        case "*", "_", "~": return delimiterRun(at: index)
        default: return nil
        }
    }

    func string(_ range: Range<Int>) -> String { String(chars[range]) }

    func standalone(_ kind: InlineMarkupKind, _ range: Range<Int>) -> (InlineScanAtom, Int) {
        (.node(.standalone(InlineMarkupCode(kind: kind, markup: string(range)))), range.upperBound)
    }

    private func escape(at index: Int) -> (InlineScanAtom, Int)? {
        guard index + 1 < chars.count else { return nil }
        let next = chars[index + 1]
        if next.isNewline { return standalone(.hardBreak, index..<index + 2) }
        guard next.isASCII, next.isPunctuation || next.isSymbol else { return nil }
        return (.text(string(index..<index + 2)), index + 2)
    }

    private func codeSpan(at index: Int) -> (InlineScanAtom, Int)? {
        let length = runLength(of: "`", from: index)
        guard let close = closingBackticks(length: length, from: index + length) else {
            return (.text(string(index..<index + length)), index + length)
        }
        return standalone(.codeSpan, index..<close + length)
    }

    private func placeholder(at index: Int) -> (InlineScanAtom, Int)? {
        guard index + 1 < chars.count, chars[index + 1] == "{" else { return nil }
        var end = index + 2
        while end < chars.count, !"{}".contains(chars[end]), !chars[end].isNewline { end += 1 }
        guard end > index + 2, end + 1 < chars.count, chars[end] == "}", chars[end + 1] == "}" else {
            return nil
        }
        return standalone(.placeholder, index..<end + 2)
    }

    private func hardBreak(at index: Int) -> (InlineScanAtom, Int)? {
        let spaces = runLength(of: " ", from: index)
        let end = index + spaces
        if spaces >= 2, end < chars.count, chars[end].isNewline {
            return standalone(.hardBreak, index..<end + 1)
        }
        return (.text(string(index..<end)), end)
    }

    /// Length of the run of `character` starting at `index`.
    func runLength(of character: Character, from index: Int) -> Int {
        var end = index
        while end < chars.count, chars[end] == character { end += 1 }
        return end - index
    }

    /// Start of the next backtick run of exactly `length` at or after `start`.
    func closingBackticks(length: Int, from start: Int) -> Int? {
        var index = start
        while index < chars.count {
            guard chars[index] == "`" else { index += 1; continue }
            let run = runLength(of: "`", from: index)
            if run == length { return index }
            index += run
        }
        return nil
    }
}
