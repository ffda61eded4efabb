/// One agreed term from `Source-Content/_data/glossary.yaml`: the source
/// term, a note for translators and the agreed translation per locale.
struct GlossaryTerm: Sendable, Hashable {
    /// The term as written in the source locale (`trusted adult`).
    let term: String
    /// The term's folded words (`GlossaryMatcher.words`), split once for every entry checked.
    let termWords: [String]
    /// Why the term matters or how to use it; shown with the diagnostic.
    var note: String?
    /// Agreed translations by locale tag (`es`, `fi`, `pt-BR`); a term may
    /// allow several variants (`translations: {es: [adulto de confianza, adulta de confianza]}`).
    var translations: [String: [String]]
    /// Where the entry's `term` is written in the glossary file.
    var location: SourceLocation

    init(term: String, note: String? = nil, translations: [String: [String]], location: SourceLocation) {
        self.term = term
        termWords = GlossaryMatcher.words(term)
        self.note = note
        self.translations = translations
        self.location = location
    }

    /// The agreed variants for `locale`: the exact tag first, else its language (`es` for `es-MX`).
    func agreedTranslations(for locale: String) -> [String] {
        if let exact = translations[locale], !exact.isEmpty { return exact }
        return translations[LocaleTag.language(of: locale)] ?? []
    }
}
