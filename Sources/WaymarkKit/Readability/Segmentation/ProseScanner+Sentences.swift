extension ProseScanner {
    /// Whether the token ending at `token.upperBound` closes a sentence.
    func endsSentence(_ text: UTF8Text, token: Range<Int>) -> Bool {
        let lastByte = text.bytes[token.upperBound - 1]
        if lastByte < 0x80, Self.isASCIIAlphanumeric(lastByte) {
            return false  // the common case: a token ending in a letter or digit
        }
        var end = token.upperBound
        while end > token.lowerBound {
            let (scalar, start) = text.scalar(before: end)
            if !ScalarClass.isCloser(scalar) { break }
            end = start
        }
        guard end > token.lowerBound else { return false }
        let (last, lastStart) = text.scalar(before: end)
        guard ScalarClass.isTerminal(last) else { return false }
        var runStart = lastStart
        while runStart > token.lowerBound {
            let (scalar, start) = text.scalar(before: runStart)
            if !ScalarClass.isTerminal(scalar) { break }
            runStart = start
        }
        guard startsSentence(text, after: token.upperBound) else { return false }
        if end - runStart == 1, last == "." {
            return !isAbbreviation(text, token.lowerBound..<runStart)
        }
        return true
    }

    /// `endsSentence(_:token:)` for a plain word (ASCII letters and inner apostrophes)
    /// followed by exactly one `.`, `!` or `?`: no closers to strip, and the word is its
    /// own core, so only a one-letter word or a listed one is an abbreviation.
    func endsSentence(_ text: UTF8Text, afterWord word: Range<Int>, letters: Int) -> Bool {
        guard startsSentence(text, after: word.upperBound + 1) else { return false }
        guard text.bytes[word.upperBound] == 0x2E else { return true }
        return !(letters == 1 || (word.count <= 16 && abbreviations.contains(text, word)))
    }

    /// Whether the next token after `index` can begin a sentence.
    private func startsSentence(_ text: UTF8Text, after index: Int) -> Bool {
        var next = index
        while next < text.count {
            let (scalar, after) = text.scalar(at: next)
            if ScalarClass.isSpace(scalar) {
                next = after
            } else if scalar == "\u{00BF}" || scalar == "\u{00A1}" {
                return true
            } else if ScalarClass.isOpener(scalar) {
                next = after
            } else if ScalarClass.isDigit(scalar) {
                return true
            } else if ScalarClass.isLetter(scalar) {
                if scalar.value < 0x80 { return scalar.value <= 0x5A }
                if scalar.value < AlphabetTable.limit { return AlphabetTable.isUppercase(scalar.value) }
                return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
            } else {
                return true
            }
        }
        return true
    }

    /// Whether the text before a single final period is an abbreviation, initial,
    /// dotted short form ("U.S", "p.ej") or, where applicable, an ordinal number.
    func isAbbreviation(_ text: UTF8Text, _ core: Range<Int>) -> Bool {
        var lower = core.lowerBound
        var letters = 0
        var digits = 0
        while lower < core.upperBound {
            let (scalar, next) = text.scalar(at: lower)
            if !ScalarClass.isOpener(scalar) { break }
            lower = next
        }
        var index = lower
        while index < core.upperBound {
            let (scalar, next) = text.scalar(at: index)
            if ScalarClass.isLetter(scalar) { letters += 1 } else if ScalarClass.isDigit(scalar) { digits += 1 }
            index = next
        }
        if letters == 0 { return digits > 0 && periodMarksOrdinals && digits == core.upperBound - lower }
        if letters == 1 { return true }
        // Longer cores are never listed and are not short dotted forms.
        guard core.upperBound - lower <= 16 else { return false }
        let range = lower..<core.upperBound
        if abbreviations.contains(text, range) { return true }
        // ASCII is read from the bytes; other text is lowercased first, as that may
        // change its length.
        let bytes = UnsafeBufferPointer(rebasing: text.bytes[range])
        if bytes.allSatisfy({ $0 < 0x80 }) { return Self.isDottedShortForm(bytes) }
        var lowered: [UInt8] = []
        if AlphabetTable.lowercasedUTF8(text, range, { lowered.append($0) }) { return Self.isDottedShortForm(lowered) }
        return Self.isDottedShortForm(text.string(range).lowercased().utf8)
    }

    /// Whether bytes are pieces of 1-3 bytes joined by periods ("U.S", "p.ej", "z.B").
    private static func isDottedShortForm<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var pieces = 0
        var pieceLength = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard pieceLength > 0 else { return false }
                pieces += 1
                pieceLength = 0
            } else {
                pieceLength += 1
                if pieceLength > 3 { return false }
            }
        }
        return pieces > 0 && pieceLength > 0
    }
}
