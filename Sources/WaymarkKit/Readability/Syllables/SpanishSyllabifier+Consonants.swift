extension SpanishSyllabifier {
    /// First consonants of the inseparable onsets `pr br tr dr cr gr fr kr`, `pl bl cl gl fl kl tl`.
    private static let onsetFirst: Set<Unicode.Scalar> = ["p", "b", "t", "d", "c", "g", "f", "k"]

    /// The unit index where the syllable of nucleus `next` begins (step 3).
    static func boundary(_ units: [Unit], after previous: Range<Int>, before next: Range<Int>) -> Int {
        let consonants = previous.upperBound..<next.lowerBound
        if let prefixEnd = subPrefixBoundary(units, consonants) { return prefixEnd }
        switch consonants.count {
        case 0: return next.lowerBound
        case 1: return consonants.lowerBound
        default:
            let last = consonants.upperBound - 1
            return isInseparable(units[last - 1], units[last]) ? last - 1 : last
        }
    }

    /// Whether two consonant units form an onset that cannot be split.
    static func isInseparable(_ first: Unit, _ second: Unit) -> Bool {
        guard first.letters.count == 1, second.letters.count == 1 else { return false }
        let head = first.letters[0]
        let tail = second.letters[0]
        if tail == "r" { return onsetFirst.contains(head) }
        if tail == "l" { return onsetFirst.contains(head) && head != "d" && head != "t" }
        return false
    }

    /// `sub-` + r/l at the start of a word keeps `b` in the prefix ("sub-ra-yar").
    private static func subPrefixBoundary(_ units: [Unit], _ consonants: Range<Int>) -> Int? {
        guard consonants.lowerBound == 2, consonants.count == 2, units.count > 5,
              units[0].letters == ["s"], units[1].letters == ["u"], units[2].letters == ["b"]
        else { return nil }
        let follower = units[3].letters
        if follower == ["r"] { return 3 }
        guard follower == ["l"] else { return nil }
        let rest = units[4...].flatMap(\.letters)
        // "su-bli-me", "su-bli-mar", but "sub-li-mi-nal".
        let isSublime = (rest.starts(with: ["i", "m"]) || rest.starts(with: ["í", "m"])) && !rest.starts(with: ["i", "m", "i", "n"])
        return isSublime ? nil : 3
    }
}
