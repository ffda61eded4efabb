/// The registry of formulas: lookup by id and the default formula per language (SPEC §7).
public enum ReadabilityFormulas {
    /// Every formula Waymark knows, in documentation order.
    public static let all: [any ReadabilityFormula] = [
        FleschKincaidGrade(), FleschReadingEase(), FernandezHuerta(), SzigrisztPazos(),
        LIX(), Amstad(), WienerSachtextformel(), KandelMoles(), Gulpease(),
        FleschMartins(), FleschDouma(), Oborneva(),
    ]

    /// Every formula id, in documentation order (for config validation messages).
    public static var allIDs: [String] { all.map(\.id) }

    /// Default formula id per primary language subtag; anything else uses LIX.
    static let defaultIDs: [String: String] = [
        "en": "flesch-kincaid-grade", "es": "fernandez-huerta",
        "fi": "lix", "sv": "lix", "da": "lix", "nb": "lix", "nn": "lix", "no": "lix",
        "de": "amstad", "fr": "kandel-moles", "it": "gulpease", "pt": "flesch-martins",
        "nl": "flesch-douma", "ru": "oborneva",
    ]

    /// Whether `id` names a known formula (config validation).
    public static func isKnownFormula(_ id: String) -> Bool {
        all.contains { $0.id == id }
    }

    /// The formula with this id, if any.
    public static func formula(id: String) -> (any ReadabilityFormula)? {
        all.first { $0.id == id }
    }

    /// The default formula for a BCP 47 tag such as `es-MX` (LIX for unlisted languages).
    public static func defaultFormula(forLanguageTag tag: String) -> any ReadabilityFormula {
        let id = defaultIDs[LocaleTag.language(of: tag)] ?? "lix"
        return formula(id: id) ?? LIX()
    }
}
