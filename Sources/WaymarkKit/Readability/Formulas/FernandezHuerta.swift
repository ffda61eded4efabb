/// Fernández-Huerta (1959) reading ease for Spanish, in the corrected form
/// `206.84 - 60 ASW - 1.02 ASL` (the published text wrote sentences per 100 words where
/// words per sentence was meant; see docs/readability.md). Flesch's 0-100 scale.
struct FernandezHuerta: ReadabilityFormula {
    let id = "fernandez-huerta"
    let displayName = "Fernández-Huerta"
    let languages = ["es"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        206.84 - 60 * statistics.syllablesPerWord - 1.02 * statistics.wordsPerSentence
    }
}
