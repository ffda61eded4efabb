/// Oborneva's Russian adaptation of Flesch reading ease (Oborneva 2006):
/// `206.835 - 1.3 ASL - 60.1 ASW`. Flesch's 0-100 scale.
struct Oborneva: ReadabilityFormula {
    let id = "oborneva"
    let displayName = "Oborneva (Flesch-RU)"
    let languages = ["ru"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        206.835 - 1.3 * statistics.wordsPerSentence - 60.1 * statistics.syllablesPerWord
    }
}
