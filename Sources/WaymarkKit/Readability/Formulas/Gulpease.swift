/// Gulpease index (Lucisano & Piemontese 1988), Italian:
/// `89 + (300 * sentences - 10 * letters) / words`, a 0-100 scale read per school level.
struct Gulpease: ReadabilityFormula {
    let id = "gulpease"
    let displayName = "Gulpease"
    let languages = ["it"]
    let direction = ScoreDirection.higherIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 40, "very difficult even for readers with a high-school diploma"),
        ScaleBand(40, 60, "difficult for middle-school readers (licenza media, age 14)"),
        ScaleBand(60, 80, "difficult for primary-school readers (licenza elementare, age 11)"),
        ScaleBand(80, nil, "easy for primary-school readers (age 11)"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        guard statistics.words > 0 else { return 0 }
        let numerator = 300 * Double(statistics.sentences) - 10 * Double(statistics.letters)
        return 89 + numerator / Double(statistics.words)
    }
}
