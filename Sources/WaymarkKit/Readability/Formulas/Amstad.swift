/// Amstad's German Flesch reading ease (Amstad 1978): `180 - ASL - 58.5 ASW`.
struct Amstad: ReadabilityFormula {
    let id = "amstad"
    let displayName = "Amstad (Flesch-DE)"
    let languages = ["de"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        180 - statistics.wordsPerSentence - 58.5 * statistics.syllablesPerWord
    }
}
