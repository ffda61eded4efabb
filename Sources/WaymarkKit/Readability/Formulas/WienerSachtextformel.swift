/// First Wiener Sachtextformel (Bamberger & Vanecek 1984), for German non-fiction:
/// `0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875`, where MS = % words of 3+
/// syllables, SL = words per sentence, IW = % words of 7+ letters, ES = % one-syllable
/// words. The score approximates the Austrian school grade (4 = easy ... 15 = very hard).
struct WienerSachtextformel: ReadabilityFormula {
    let id = "wiener-sachtextformel"
    let displayName = "Wiener Sachtextformel 1"
    let languages = ["de"]
    let direction = ScoreDirection.lowerIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 6, "very easy: school year 4-5, age 9-11"),
        ScaleBand(6, 8, "easy: school year 6-7, age 11-13"),
        ScaleBand(8, 10, "medium: school year 8-9, age 13-15"),
        ScaleBand(10, 12, "fairly difficult: school year 10-11, age 15-17"),
        ScaleBand(12, nil, "difficult: school year 12-15, age 17+"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        0.1935 * statistics.polysyllabicPercentage + 0.1672 * statistics.wordsPerSentence
            + 0.1297 * statistics.longWordPercentage - 0.0327 * statistics.monosyllabicPercentage
            - 0.875
    }
}
