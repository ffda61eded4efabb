/// Kandel & Moles (1958) French adaptation of Flesch: `207 - 1.015 ASL - 73.6 ASW`.
struct KandelMoles: ReadabilityFormula {
    let id = "kandel-moles"
    let displayName = "Kandel-Moles"
    let languages = ["fr"]
    let direction = ScoreDirection.higherIsEasier
    let bands = FleschBands.readingEase

    func score(_ statistics: TextStatistics) -> Double {
        207 - 1.015 * statistics.wordsPerSentence - 73.6 * statistics.syllablesPerWord
    }
}
