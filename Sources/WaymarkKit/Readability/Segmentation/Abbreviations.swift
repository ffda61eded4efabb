/// Abbreviations whose final period does not end a sentence, per primary language.
///
/// Entries are lowercased and written without the final period ("e.g" for "e.g.").
/// Single letters ("p." in "p. ej.", initials "J.") and dotted forms such as "U.S." are
/// recognised by rule, so they are not listed. Words that usually end a list and so often
/// end a sentence ("etc.", "usw.", "jne.") are left out on purpose.
enum Abbreviations {
    /// Abbreviations common to all languages (titles and Latin forms).
    static let common: Set<String> = ["e.g", "i.e", "cf", "vs", "dr", "prof", "ca", "approx"]

    /// Language-specific abbreviations, keyed by primary subtag.
    static let byLanguage: [String: Set<String>] = [
        "en": ["mr", "mrs", "ms", "jr", "sr", "st", "no", "fig", "dept", "inc", "ltd", "co",
               "al", "vol", "pp", "gen", "gov", "rev", "sgt", "capt", "mt", "ave"],
        "es": ["sr", "sra", "srta", "dra", "ej", "ud", "uds", "vd", "vds", "núm", "pág",
               "págs", "cap", "aprox", "av", "avda", "dña", "lic", "ing", "tel", "art"],
        "fi": ["esim", "ns", "mm", "ym", "ks", "n", "tri", "huom", "kts", "vrt", "ts", "eli"],
        "de": ["z.b", "d.h", "bzw", "hr", "fr", "nr", "vgl", "ggf", "u.a", "evtl", "inkl",
               "sog", "str", "tel"],
        "fr": ["m", "mme", "mlle", "p.ex", "av", "bd", "env", "tél"],
        "it": ["sig", "sig.ra", "dott", "es", "pag", "ing", "avv", "ecc"],
        "pt": ["sr", "sra", "dra", "ex", "p.ex", "pág", "av", "tel"],
        "nl": ["bijv", "dhr", "mevr", "mw", "o.a", "d.w.z", "nr", "blz", "m.b.v"],
        "sv": ["t.ex", "ex", "bl.a", "s.k", "d.v.s", "dvs", "t.o.m", "fr.o.m", "nr", "tel"],
        "ru": ["т.е", "т.к", "т.н", "др", "г", "им", "см", "ул", "стр", "тыс", "млн"],
    ]

    /// The abbreviation set for a primary language subtag.
    static func set(forLanguage language: String) -> Set<String> {
        common.union(byLanguage[language] ?? [])
    }
}
