/// Flesch-Douma (Douma 1960), Dutch: `206.84 - 0.93 ASL - 77 ASW`
/// (0.77 per syllable per 100 words). Flesch's 0-100 scale.
struct FleschDouma: ReadabilityFormula {
    let id = "flesch-douma"
    let displayName = "Flesch-Douma"
    let languages = ["nl"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        206.84 - 0.93 * statistics.wordsPerSentence - 77 * statistics.syllablesPerWord
    }
}
