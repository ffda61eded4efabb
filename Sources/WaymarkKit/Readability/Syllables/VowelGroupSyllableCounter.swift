/// Counts syllables as vowel nuclei under a language's `VowelGroupRules`: each maximal run
/// of vowels is split into nuclei (greedy longest match against the language's
/// diphthongs and long vowels), and each nucleus is one syllable.
struct VowelGroupSyllableCounter: SyllableCounter {
    /// The language's rules.
    let rules: VowelGroupRules

    func syllables(in word: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var lastNucleusStart = -1
        var index = word.startIndex
        while index < word.endIndex {
            guard isVowel(word, index) else {
                index += 1
                continue
            }
            var runEnd = index + 1
            while runEnd < word.endIndex, isVowel(word, runEnd) { runEnd += 1 }
            var position = index
            while position < runEnd {
                lastNucleusStart = position
                position += nucleusLength(word, from: position, runEnd: runEnd, isFirst: count == 0)
                count += 1
            }
            index = runEnd
        }
        if rules.silentFinalE, count > 1, endsInSilentE(word, lastNucleusStart: lastNucleusStart) {
            count -= 1
        }
        return max(count, 1)
    }

    /// A vowel, except `u` after `q`/`g` before another vowel where the rules say it glides.
    private func isVowel(_ word: ArraySlice<Unicode.Scalar>, _ index: Int) -> Bool {
        let scalar = word[index]
        guard rules.vowels.contains(scalar) else { return false }
        if rules.glideUAfterQG, scalar == "u", index > word.startIndex,
           word[index - 1] == "q" || word[index - 1] == "g",
           index + 1 < word.endIndex, rules.vowels.contains(word[index + 1]) {
            return false
        }
        return true
    }

    private func nucleusLength(_ word: ArraySlice<Unicode.Scalar>, from start: Int, runEnd: Int, isFirst: Bool) -> Int {
        if rules.joinsWholeRun {
            var end = start + 1
            while end < runEnd, !rules.startsNucleus.contains(word[end]),
                  !rules.endsNucleus.contains(word[end - 1]) {
                end += 1
            }
            return end - start
        }
        for length in stride(from: min(3, runEnd - start), through: 2, by: -1) {
            var key = ""
            key.unicodeScalars.append(contentsOf: word[start..<start + length])
            if rules.nuclei.contains(key) || (isFirst && rules.initialOnlyNuclei.contains(key)) {
                return length
            }
        }
        return 1
    }

    /// French: a final `e`/`es` that is a nucleus of its own is mute ("ta-ble", "an-née").
    private func endsInSilentE(_ word: ArraySlice<Unicode.Scalar>, lastNucleusStart: Int) -> Bool {
        guard let last = word.last else { return false }
        let eIndex = last == "s" ? word.endIndex - 2 : word.endIndex - 1
        guard eIndex > word.startIndex, word[eIndex] == "e", lastNucleusStart == eIndex else { return false }
        return last == "e" || last == "s"
    }
}
