/// Flesch-Kincaid grade level (Kincaid et al. 1975): `0.39 ASL + 11.8 ASW - 15.59`.
/// English; the score is a US school grade (age = grade + 5).
struct FleschKincaidGrade: ReadabilityFormula {
    let id = "flesch-kincaid-grade"
    let displayName = "Flesch-Kincaid grade"
    let languages = ["en"]
    let direction = ScoreDirection.lowerIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 1, "kindergarten or below, age 5-6"),
        ScaleBand(1, 6, "elementary school (US grade 1-5), age 6-11"),
        ScaleBand(6, 9, "middle school (US grade 6-8), age 11-14"),
        ScaleBand(9, 13, "high school (US grade 9-12), age 14-18"),
        ScaleBand(13, nil, "college and above, age 18+"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        0.39 * statistics.wordsPerSentence + 11.8 * statistics.syllablesPerWord - 15.59
    }
}
