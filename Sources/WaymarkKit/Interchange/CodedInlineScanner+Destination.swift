/// CommonMark inline link destinations and titles: `(<dest> "title")`, `(dest 'title')`.
extension CodedInlineScanner {
    /// Index just past the `)` closing the destination that opens at `paren`.
    func inlineDestinationEnd(from paren: Int) -> Int? {
        var index = skipWhitespace(from: paren + 1)
        guard index < chars.count else { return nil }
        if chars[index] == "<" {
            guard let end = angleDestinationEnd(from: index) else { return nil }
            index = end
        } else {
            index = bareDestinationEnd(from: index)
        }
        let afterDestination = index
        index = skipWhitespace(from: index)
        if index < chars.count, index > afterDestination, "\"'(".contains(chars[index]) {
            guard let end = titleEnd(from: index) else { return nil }
            index = skipWhitespace(from: end)
        }
        guard index < chars.count, chars[index] == ")" else { return nil }
        return index + 1
    }

    private func angleDestinationEnd(from open: Int) -> Int? {
        var index = open + 1
        while index < chars.count {
            let character = chars[index]
            if character == ">" { return index + 1 }
            if character == "<" || character.isNewline { return nil }
            index += character == "\\" ? 2 : 1
        }
        return nil
    }

    private func bareDestinationEnd(from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < chars.count {
            let character = chars[index]
            if character == "\\" { index += 2; continue }
            if character.isWhitespace { break }
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        return min(index, chars.count)
    }

    private func titleEnd(from open: Int) -> Int? {
        let closing: Character = chars[open] == "(" ? ")" : chars[open]
        var index = open + 1
        while index < chars.count {
            if chars[index] == closing { return index + 1 }
            index += chars[index] == "\\" ? 2 : 1
        }
        return nil
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        return index
    }
}
