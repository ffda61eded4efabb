/// Splits the UTF-8 bytes of one prose block into words and sentence boundaries in a
/// single pass without allocating.
///
/// Words are maximal runs between spaces, split further at dashes, slashes and other
/// word breaks, then trimmed of surrounding punctuation; tokens that are URLs or e-mail
/// addresses are skipped. A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes
/// or brackets) when the next token starts a sentence (capital letter, digit, `¿`, `¡`)
/// and the period is not part of an abbreviation, an initial or a dotted short form.
struct ProseScanner: Sendable {
    /// Lowercased abbreviations without their final period.
    let abbreviations: AbbreviationList
    /// Whether "3." before a capitalised word is an ordinal (German, Danish, Norwegian).
    let periodMarksOrdinals: Bool
    /// Whether plain ASCII words take the packed fast path (off only in the test that
    /// compares it with the general path).
    let packsPlainWords: Bool

    /// Creates a scanner for a primary language subtag.
    init(language: String, packsPlainWords: Bool = true) {
        abbreviations = AbbreviationList(Abbreviations.set(forLanguage: language))
        periodMarksOrdinals = ["de", "da", "nb", "nn", "no"].contains(language)
        self.packsPlainWords = packsPlainWords
    }

    /// Reports each word's byte range and each sentence boundary inside the block to
    /// `sink` (the block end is not reported: the caller closes the last sentence).
    func scan<Sink: ProseSink>(_ text: UTF8Text, into sink: inout Sink) {
        let bytes = text.bytes
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isASCIISpace(byte) {
                index += 1
            } else if packsPlainWords, let end = scanPlainWord(text, from: index, into: &sink) {
                index = end
            } else {
                index = scanToken(text, from: index, into: &sink)
            }
        }
    }

    /// The fast path for the usual token: maybe opening `(["'`, then ASCII letters with
    /// inner apostrophes or hyphens ("word", "don't", "non-free"), then maybe a run of
    /// trailing `.,;:!?"')`, then a space or the end. The word is packed while it is read.
    /// Returns the token's end, or nil (having reported nothing) when the token is
    /// anything else, for `scanToken` to read in full. Both paths find the same words and
    /// sentence ends; a test holds them to that.
    @inline(__always)
    private func scanPlainWord<Sink: ProseSink>(_ text: UTF8Text, from start: Int, into sink: inout Sink) -> Int? {
        let bytes = text.bytes
        let count = bytes.count
        var wordStart = start
        var found = packLetters(bytes, from: start)
        if found == nil {
            while wordStart < count, Self.isLeadingOpener(bytes[wordStart]) { wordStart += 1 }
            if wordStart > start { found = packLetters(bytes, from: wordStart) }
            found = found ?? packLettersAndJoiners(bytes, from: wordStart)
        }
        guard var packed = found else { return nil }
        if packed.length > PackedWord.maximumLength { packed.word.key = 0 }
        let wordEnd = wordStart + packed.length
        if wordEnd == count || bytes[wordEnd] == 0x20 {  // the usual end: one space, skipped here too
            sink.word(wordStart..<wordEnd, packed: packed.word)
            return min(wordEnd + 1, count)
        }
        var index = wordEnd
        var closesSentence = false
        while index < count, Self.isTrailingPunctuation(bytes[index]) {
            closesSentence = closesSentence || Self.isASCIITerminal(bytes[index])
            index += 1
        }
        if index < count {
            let byte = bytes[index]
            guard Self.isASCIISpace(byte) else { return nil }
        }
        sink.word(wordStart..<wordEnd, packed: packed.word)
        guard closesSentence else { return index }
        let ends = index == wordEnd + 1
            ? endsSentence(text, afterWord: wordStart..<wordEnd, letters: packed.word.letters)
            : endsSentence(text, token: start..<index)
        if ends { sink.sentenceEnd(at: index) }
        return index
    }

    /// A word of 1-15 ASCII letters read eight bytes at a time, or nil when fewer than 16
    /// bytes remain, the first byte is no letter, or letters run on or into an apostrophe
    /// or hyphen (the byte loop decides those).
    @inline(__always)
    private func packLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: PackedWord, length: Int)? {
        guard start + 16 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        let first = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        var length = PackedWord.leadingLetters(first)
        guard length > 0 else { return nil }
        var key = PackedWord.pack(first, length: length)
        if length == 8 {
            let second = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
            let more = PackedWord.leadingLetters(second)
            guard more < 8 else { return nil }
            length += more
            if more > 0 { key |= PackedWord.pack(second, length: more) << 40 }  // beyond 12 letters the caller drops it
        }
        guard bytes[start + length] != 0x27, bytes[start + length] != 0x2D else { return nil }
        return (PackedWord(key: key, letters: length), length)
    }

    /// A word of ASCII letters with inner apostrophes or single hyphens, read byte by
    /// byte, or nil when the first byte is no letter.
    private func packLettersAndJoiners(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: PackedWord, length: Int)? {
        let count = bytes.count
        var index = start
        var key: UInt64 = 0
        var shift: UInt64 = 0
        var letters = 0
        while index < count {
            let byte = bytes[index]
            let code: UInt64
            if Self.isASCIILetter(byte) {
                code = UInt64((byte | 0x20) - 0x60)
                letters += 1
            } else if byte == 0x27 || byte == 0x2D, letters > 0, index + 1 < count, Self.isASCIILetter(bytes[index + 1]) {
                code = byte == 0x27 ? PackedWord.apostropheCode : PackedWord.hyphenCode
            } else {
                break
            }
            if shift < 60 { key |= code << shift }
            shift += 5
            index += 1
        }
        guard letters > 0 else { return nil }
        return (PackedWord(key: key, letters: letters), index - start)
    }

    /// Reads one whitespace-delimited token of any shape from `start`; returns its end.
    private func scanToken<Sink: ProseSink>(_ text: UTF8Text, from index: Int, into sink: inout Sink) -> Int {
        let bytes = text.bytes
        let byte = bytes[index]
        if byte >= 0x80, case let (scalar, next) = text.scalar(at: index), ScalarClass.isSpace(scalar) {
            return next
        }
        var end = index
        var mayBeLink = byte == UInt8(ascii: "w")
        // A "simple" token is ASCII letters/digits plus trailing ASCII punctuation
        // ("word", "word,", "end."): one word, no splitting or trimming needed.
        var simple = byte < 0x80 && Self.isASCIIAlphanumeric(byte)
        var sawPunctuation = false
        var wordEnd = index
        while end < bytes.count {
            let current = bytes[end]
            if current < 0x80 {
                if Self.isASCIISpace(current) { break }
                if Self.isASCIIAlphanumeric(current) {
                    simple = simple && !sawPunctuation
                    wordEnd = end + 1
                } else {
                    sawPunctuation = true
                    mayBeLink = mayBeLink || current == UInt8(ascii: "@") || current == UInt8(ascii: ":")
                }
                end += 1
            } else {
                simple = false
                let (scalar, next) = text.scalar(at: end)
                if ScalarClass.isSpace(scalar) { break }
                end = next
            }
        }
        if simple {
            sink.word(index..<wordEnd)
        } else if !(mayBeLink && isLinkOrAddress(text, index..<end)) {
            emitWords(text, index..<end, &sink)
        }
        if endsSentence(text, token: index..<end) { sink.sentenceEnd(at: end) }
        return end
    }

    private func emitWords<Sink: ProseSink>(_ text: UTF8Text, _ token: Range<Int>, _ sink: inout Sink) {
        let bytes = text.bytes
        var pieceStart = token.lowerBound
        var index = token.lowerBound
        var previousIsAlphanumeric = false
        while index < token.upperBound {
            let byte = bytes[index]
            if byte < 0x80, Self.isASCIIAlphanumeric(byte) {
                previousIsAlphanumeric = true
                index += 1
                continue
            }
            let (scalar, next) = text.scalar(at: index)
            let breaks: Bool
            if scalar == "," || ScalarClass.isApostrophe(scalar) {
                // "10,000" stays one number; "don't" and "l'amico" stay one word.
                let followedByAlphanumeric = next < token.upperBound && isAlphanumeric(text.scalar(at: next).scalar)
                breaks = !(previousIsAlphanumeric && followedByAlphanumeric)
            } else if scalar == "-" {
                breaks = next < token.upperBound && bytes[next] == UInt8(ascii: "-")
            } else {
                breaks = ScalarClass.isWordBreak(scalar)
            }
            if breaks {
                emitTrimmed(text, pieceStart..<index, &sink)
                pieceStart = next
            }
            previousIsAlphanumeric = isAlphanumeric(scalar)
            index = next
        }
        emitTrimmed(text, pieceStart..<token.upperBound, &sink)
    }

    private func emitTrimmed<Sink: ProseSink>(_ text: UTF8Text, _ piece: Range<Int>, _ sink: inout Sink) {
        var lower = piece.lowerBound
        var upper = piece.upperBound
        let bytes = text.bytes
        if lower < upper, bytes[lower] < 0x80, Self.isASCIIAlphanumeric(bytes[lower]),
           bytes[upper - 1] < 0x80, Self.isASCIIAlphanumeric(bytes[upper - 1]) {
            sink.word(lower..<upper)  // the common case: nothing to trim
            return
        }
        while lower < upper {
            let (scalar, next) = text.scalar(at: lower)
            if isAlphanumeric(scalar) { break }
            lower = next
        }
        while upper > lower {
            let (scalar, start) = text.scalar(before: upper)
            if isAlphanumeric(scalar) { break }
            upper = start
        }
        if lower < upper { sink.word(lower..<upper) }
    }

    /// Whether a byte is an ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    /// Whether a byte is an ASCII letter or digit.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Whether a byte is ASCII whitespace (space, tab, line feed, vertical tab, form
    /// feed, carriage return).
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether an ASCII byte may open a plain word: `(["'` (the general path splits
    /// them off as word breaks or trims them).
    @inline(__always)
    static func isLeadingOpener(_ byte: UInt8) -> Bool {
        byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x27
    }

    /// Whether an ASCII byte may trail a plain word: `.,;:!?"')`.
    @inline(__always)
    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && ScalarClass.inMask(UInt32(byte), 0x8C00_5286_0000_0000, 0)
    }

    /// Whether an ASCII byte ends a sentence: `.`, `!` or `?`.
    @inline(__always)
    static func isASCIITerminal(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F
    }

    /// Whether a scalar is a letter or digit.
    @inline(__always)
    func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
    }

    /// URLs (`scheme://`, `www.`) and e-mail addresses are not words.
    private func isLinkOrAddress(_ text: UTF8Text, _ token: Range<Int>) -> Bool {
        let bytes = text.bytes
        var lower = token.lowerBound
        while lower < token.upperBound, bytes[lower] < 0x80, ScalarClass.isOpener(Unicode.Scalar(bytes[lower])) { lower += 1 }
        let upper = token.upperBound
        if upper - lower > 4, bytes[lower] == 0x77, bytes[lower + 1] == 0x77, bytes[lower + 2] == 0x77,
           bytes[lower + 3] == 0x2E {
            return true  // "www."
        }
        var sawAt = false
        for index in lower..<upper {
            switch bytes[index] {
            case 0x40: sawAt = sawAt || index > lower  // "@"
            case 0x2E where sawAt && index + 1 < upper && ScalarClass.isLetter(Unicode.Scalar(bytes[index + 1])):
                return true  // "name@host.tld"
            case 0x2F where index >= lower + 2 && bytes[index - 1] == 0x2F && bytes[index - 2] == 0x3A:
                return true  // "scheme://"
            default: continue
            }
        }
        return false
    }
}
