/// Links, images, autolinks, inline HTML and emphasis delimiter runs.
extension CodedInlineScanner {
    func image(at index: Int) -> (InlineScanAtom, Int)? {
        guard index + 1 < chars.count, chars[index + 1] == "[",
              let close = matchingBracket(from: index + 1), let end = linkTail(after: close)
        else { return nil }
        return standalone(.image, index..<end)
    }

    func link(at index: Int) -> (InlineScanAtom, Int)? {
        guard let close = matchingBracket(from: index), let end = linkTail(after: close) else {
            return nil
        }
        let children = MarkdownInlineTokenizer.parse(Array(chars[(index + 1)..<close]))
        let node = CodedInlineNode.paired(
            open: InlineMarkupCode(kind: .link, markup: "["),
            close: InlineMarkupCode(kind: .link, markup: string(close..<end)),
            children: children
        )
        return (.node(node), end)
    }

    /// `<scheme:...>` or `<user@host>` autolinks, then `<tag ...>` inline HTML.
    func angleBracket(at index: Int) -> (InlineScanAtom, Int)? {
        var end = index + 1
        while end < chars.count, chars[end] != ">", chars[end] != "<", !chars[end].isNewline {
            end += 1
        }
        guard end < chars.count, chars[end] == ">", end > index + 1 else { return nil }
        let inner = string((index + 1)..<end)
        if !inner.contains(" "), inner.contains(":") || inner.contains("@") {
            return standalone(.autolink, index..<end + 1)
        }
        let first = chars[index + 1]
        guard first.isLetter || "/!?".contains(first) else { return nil }
        return standalone(.html, index..<end + 1)
    }

    func delimiterRun(at index: Int) -> (InlineScanAtom, Int)? {
        let character = chars[index]
        let count = runLength(of: character, from: index)
        let end = index + count
        if character == "~", count > 2 { return (.text(string(index..<end)), end) }
        let before = index > 0 ? chars[index - 1] : nil
        let after = end < chars.count ? chars[end] : nil
        let left = Self.isLeftFlanking(before: before, after: after)
        let right = Self.isLeftFlanking(before: after, after: before)
        let canOpen = character == "_" ? left && (!right || Self.isPunctuation(before)) : left
        let canClose = character == "_" ? right && (!left || Self.isPunctuation(after)) : right
        let run = EmphasisDelimiterRun(
            character: character, count: count, originalCount: count,
            canOpen: canOpen, canClose: canClose
        )
        return (.delimiter(run), end)
    }

    // Right-flanking is left-flanking seen from the other side, so one function serves both.
    private static func isLeftFlanking(before: Character?, after: Character?) -> Bool {
        guard let after, !after.isWhitespace else { return false }
        return !isPunctuation(after) || before == nil || before?.isWhitespace == true
            || isPunctuation(before)
    }

    private static func isPunctuation(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isPunctuation || character.isSymbol
    }

    /// Index of the `]` closing the `[` at `open`, skipping escapes and code spans.
    func matchingBracket(from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < chars.count {
            switch chars[index] {
            case "\\": index += 2; continue
            case "`":
                let run = runLength(of: "`", from: index)
                index = closingBackticks(length: run, from: index + run).map { $0 + run } ?? index + run
                continue
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// End of `(destination "title")` or `[label]` after the `]` at `close`.
    func linkTail(after close: Int) -> Int? {
        let next = close + 1
        guard next < chars.count else { return nil }
        if chars[next] == "(" { return inlineDestinationEnd(from: next) }
        guard chars[next] == "[" else { return nil }
        var index = next + 1
        while index < chars.count {
            switch chars[index] {
            case "\\": index += 2; continue
            case "[": return nil
            case "]": return index + 1
            default: index += 1
            }
        }
        return nil
    }
}
