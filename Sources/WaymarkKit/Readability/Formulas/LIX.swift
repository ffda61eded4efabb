/// LIX, läsbarhetsindex (Björnsson 1968): `ASL + 100 * long words / words`, where a long
/// word has more than six letters. Language-independent; Swedish scale.
struct LIX: ReadabilityFormula {
    let id = "lix"
    let displayName = "LIX"
    let languages = ["sv", "fi", "da", "nb", "nn", "no"]
    let direction = ScoreDirection.lowerIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 30, "very easy: children's books"),
        ScaleBand(30, 40, "easy: fiction, popular magazines"),
        ScaleBand(40, 50, "medium: newspapers"),
        ScaleBand(50, 60, "difficult: official texts, non-fiction"),
        ScaleBand(60, nil, "very difficult: specialist and academic texts"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        statistics.wordsPerSentence + statistics.longWordPercentage
    }
}
