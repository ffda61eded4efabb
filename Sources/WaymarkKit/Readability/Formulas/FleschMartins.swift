/// Flesch reading ease adapted to Brazilian Portuguese (Martins et al. 1996):
/// `248.835 - 1.015 ASL - 84.6 ASW` (Flesch's formula plus 42).
struct FleschMartins: ReadabilityFormula {
    let id = "flesch-martins"
    let displayName = "Flesch (Martins)"
    let languages = ["pt"]
    let direction = ScoreDirection.higherIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 25, "muito difícil: university / academic (ensino superior)"),
        ScaleBand(25, 50, "difícil: ensino médio and university entrance, age 15-18"),
        ScaleBand(50, 75, "fácil: ensino fundamental 6th-9th year, age 11-14"),
        ScaleBand(75, nil, "muito fácil: ensino fundamental 1st-5th year, age 6-10"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        248.835 - 1.015 * statistics.wordsPerSentence - 84.6 * statistics.syllablesPerWord
    }
}
