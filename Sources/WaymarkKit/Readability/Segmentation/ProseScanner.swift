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
    let abbreviations: Set<String>
    /// Whether "3." before a capitalised word is an ordinal (German, Danish, Norwegian).
    let periodMarksOrdinals: Bool

    /// Creates a scanner for a primary language subtag.
    init(language: String) {
        abbreviations = Abbreviations.set(forLanguage: language)
        periodMarksOrdinals = ["de", "da", "nb", "nn", "no"].contains(language)
    }

    /// Reports each word's byte range and each sentence boundary inside the block to
    /// `sink` (the block end is not reported: the caller closes the last sentence).
    func scan<Sink: ProseSink>(_ text: UTF8Text, into sink: inout Sink) {
        let bytes = text.bytes
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80, byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
                continue
            }
            if byte >= 0x80, case let (scalar, next) = text.scalar(at: index), ScalarClass.isSpace(scalar) {
                index = next
                continue
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
                    if current == 0x20 || (current >= 0x09 && current <= 0x0D) { break }
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
            index = end
        }
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

    /// Whether an ASCII byte is a letter or digit.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
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
