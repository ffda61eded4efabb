/// Szigriszt-Pazos perspicuity (Szigriszt Pazos 1993): `206.835 - 62.3 ASW - ASL`, read on
/// the INFLESZ scale (Barrio-Cantalejo et al. 2008). Spanish.
struct SzigrisztPazos: ReadabilityFormula {
    let id = "szigriszt-pazos"
    let displayName = "Szigriszt-Pazos (INFLESZ)"
    let languages = ["es"]
    let direction = ScoreDirection.higherIsEasier
    let bands: [ScaleBand] = [
        ScaleBand(nil, 40, "muy difícil: university, scientific texts"),
        ScaleBand(40, 55, "algo difícil: upper secondary, popular science"),
        ScaleBand(55, 65, "normal: ESO (age 12-16), general press"),
        ScaleBand(65, 80, "bastante fácil: primary school (age 10-12), magazines"),
        ScaleBand(80, nil, "muy fácil: primary school (age 6-10), comics"),
    ]

    func score(_ statistics: TextStatistics) -> Double {
        206.835 - 62.3 * statistics.syllablesPerWord - statistics.wordsPerSentence
    }
}
