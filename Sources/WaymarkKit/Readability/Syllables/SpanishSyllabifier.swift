/// A rule-based Spanish syllabifier (orthographic syllables, Real Academia Española rules).
///
/// 1. Letters become units: `ch`, `ll`, `rr` are one consonant; `qu`, and `gu` before
///    `e`/`i`, are one consonant (the `u` is silent); `gü` is `g` + weak vowel; `y` is a weak
///    vowel at the end of a word or before a consonant, a consonant otherwise.
/// 2. Vowels: a, e, o (and any accented vowel) are strong; unaccented i, u, ü are weak.
///    Two adjacent vowels share a syllable (diphthong) when at least one is an unaccented
///    weak vowel and they are not the same weak vowel; so a weak-strong-weak run is a
///    triphthong (`buey`, `guiais`), and an accent on the weak vowel makes a hiatus
///    (`pa-ís`, `ba-úl`, `re-ír`), as do two strong vowels (`le-ón`) and `ii`/`uu`. A silent
///    `h` between two vowels does not break a diphthong (`prohi-bir`, `ahu-mar`; RAE 2010).
/// 3. Consonants between syllable nuclei: one goes to the next syllable; of two, an
///    inseparable pair (p, b, c, g, f, k, t, d + r; p, b, c, g, f, k + l; `tl` splits as in Spain, `at-las`) goes to the
///    next syllable, otherwise they split; of three or more, the last inseparable pair or
///    the last consonant goes to the next syllable (`ins-tan-te`, `ex-pli-car`).
/// 4. Prefix `sub-` before `r` or `l` keeps its `b` (`sub-ra-yar`, `sub-li-ne-ar`), except in
///    `sublim-` ("su-bli-me"), where `bl` is an ordinary onset.
struct SpanishSyllabifier: SyllableCounter {
    /// One orthographic unit: a consonant (possibly a digraph) or a vowel.
    struct Unit: Equatable {
        /// The letters of the unit.
        var letters: [Unicode.Scalar]
        /// nil for consonants; for vowels whether it is strong (a, e, o or accented).
        var strongVowel: Bool?

        /// Whether the unit is a vowel.
        var isVowel: Bool { strongVowel != nil }
    }

    func syllables(in word: ArraySlice<Unicode.Scalar>) -> Int {
        let units = Self.units(of: word.filter { $0 != "'" })
        let nuclei = Self.nuclei(in: units).count
        return max(nuclei, 1)
    }

    /// The syllables of `word`, e.g. `["pa", "ís"]` for "país"; lowercases first.
    func syllabify(_ word: String) -> [String] {
        let scalars = word.lowercased().unicodeScalars.filter { $0 != "'" }
        let units = Self.units(of: Array(scalars))
        let nuclei = Self.nuclei(in: units)
        guard !nuclei.isEmpty else { return [word.lowercased()] }
        var starts = [0]
        for index in 1..<nuclei.count {
            let boundary = Self.boundary(units, after: nuclei[index - 1], before: nuclei[index])
            starts.append(boundary)
        }
        return starts.indices.map { position in
            let end = position + 1 < starts.count ? starts[position + 1] : units.count
            let letters = units[starts[position]..<end].flatMap(\.letters)
            return String(String.UnicodeScalarView(letters))
        }
    }
}
