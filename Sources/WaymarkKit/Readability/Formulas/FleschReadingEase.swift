/// Flesch reading ease (Flesch 1948): `206.835 - 1.015 ASL - 84.6 ASW`. English.
struct FleschReadingEase: ReadabilityFormula {
    let id = "flesch-reading-ease"
    let displayName = "Flesch reading ease"
    let languages = ["en"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        206.835 - 1.015 * statistics.wordsPerSentence - 84.6 * statistics.syllablesPerWord
    }
}
