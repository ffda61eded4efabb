/// Per-language vowel-group rules (documented in docs/readability.md, "Syllables").
struct VowelGroupRules: Sendable {
    /// Letters that are vowels.
    var vowels: Set<Unicode.Scalar>
    /// Vowel sequences (2-3 letters) that form one nucleus: diphthongs, long vowels.
    var nuclei: Set<String> = []
    /// Sequences that are one nucleus only in a word's first syllable (Finnish ie, uo, yö).
    var initialOnlyNuclei: Set<String> = []
    /// Whether a whole vowel run is one nucleus (French), split only by the two sets below.
    var joinsWholeRun = false
    /// Vowels that always begin a new nucleus inside a run (French ë, ï; é after a vowel).
    var startsNucleus: Set<Unicode.Scalar> = []
    /// Vowels after which a new nucleus begins (French é: "ré-a-gir").
    var endsNucleus: Set<Unicode.Scalar> = []
    /// Whether `u` between `q`/`g` and a vowel is a glide, not a nucleus (qua, gue).
    var glideUAfterQG = false
    /// Whether a final `e`/`es` forming its own nucleus is mute (French).
    var silentFinalE = false

    private static let latinVowels: Set<Unicode.Scalar> = Set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ".unicodeScalars)

    /// The rules for a primary language subtag; unknown languages count vowel groups.
    static func rules(forLanguage language: String) -> VowelGroupRules {
        switch language {
        case "de": return german
        case "fi": return finnish
        case "sv", "da", "nb", "nn", "no": return scandinavian
        case "fr": return french
        case "it": return italian
        case "pt": return portuguese
        case "nl": return dutch
        case "ru", "uk", "be", "bg": return cyrillic
        default: return VowelGroupRules(vowels: latinVowels.union(cyrillic.vowels), joinsWholeRun: true)
        }
    }

    /// German: diphthongs ai au ei eu äu ey ay and long vowels aa ee oo ie are one nucleus;
    /// other pairs are hiatus (The-a-ter, Na-ti-on).
    static let german = VowelGroupRules(
        vowels: Set("aeiouyäöü".unicodeScalars),
        nuclei: ["ai", "au", "ei", "eu", "äu", "ey", "ay", "aa", "ee", "oo", "ie", "ui", "oe", "ae"],
        glideUAfterQG: true)

    /// Finnish: long vowels, diphthongs ending in i, u or y anywhere; ie, uo, yö only in
    /// the first syllable (Karlsson, Finnish: An Essential Grammar, §2).
    static let finnish = VowelGroupRules(
        vowels: Set("aeiouyäö".unicodeScalars),
        nuclei: ["aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö",
                 "ai", "ei", "oi", "ui", "yi", "äi", "öi",
                 "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy"],
        initialOnlyNuclei: ["ie", "uo", "yö"])

    /// Swedish, Danish, Norwegian: every vowel letter is a nucleus (few diphthongs in spelling).
    static let scandinavian = VowelGroupRules(vowels: Set("aeiouyåäöæø".unicodeScalars), nuclei: ["au", "ei", "øy"])

    /// French: a vowel run is one nucleus (eau, oui, ai), split at ë/ï and after é; mute final e.
    static let french = VowelGroupRules(
        vowels: Set("aeiouyàâäéèêëîïôöùûüÿœæ".unicodeScalars),
        joinsWholeRun: true, startsNucleus: ["ë", "ï", "é"], endsNucleus: ["é"],
        glideUAfterQG: true, silentFinalE: true)

    /// Italian: rising and falling diphthongs and triphthongs; accented vowels stand alone.
    static let italian = VowelGroupRules(
        vowels: Set("aeiouàèéìíòóùú".unicodeScalars),
        nuclei: ["ia", "ie", "io", "iu", "ua", "ue", "uo", "ui", "ai", "ei", "oi", "au", "eu",
                 "iai", "iei", "uai", "uoi", "iuo"],
        glideUAfterQG: true)

    /// Portuguese: falling diphthongs (ai, ei, oi, ui, au, eu, ou, iu) and nasal ones
    /// (ão, ãe, õe, ãi) are one nucleus; ia, ie, io, ua, ue, uo are hiatus (di-a, ru-a).
    static let portuguese = VowelGroupRules(
        vowels: Set("aeiouáéíóúâêôãõàü".unicodeScalars),
        nuclei: ["ai", "ei", "oi", "ui", "au", "eu", "ou", "iu", "ão", "ãe", "õe", "ãi", "éi", "ói", "éu"],
        glideUAfterQG: true)

    /// Dutch: long vowels and diphthongs (aa ee oo uu ie oe eu ei ij ui ou au) and the
    /// triphthongs aai ooi oei eeu ieu are one nucleus; in ij only the i is a vowel.
    static let dutch = VowelGroupRules(
        vowels: Set("aeiouyëïéèöüĳ".unicodeScalars),
        nuclei: ["aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ui", "ou", "au",
                 "aai", "ooi", "oei", "eeu", "ieu"])

    /// Russian and other Cyrillic languages: every vowel letter is one syllable.
    static let cyrillic = VowelGroupRules(vowels: Set("аеёиоуыэюяіїєў".unicodeScalars))
}
