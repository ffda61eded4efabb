/// Runs the catalog-entry phase on one parsed catalog: the per-translation
/// rules on every translated entry (each plural form against `msgid` or
/// `msgid_plural`) and the entry-state rules (`fuzzy`, `obsolete`), all at the
/// entry's `msgstr` line. The localization stage calls it once per catalog and
/// locale; severity overrides apply afterwards.
enum CatalogQA {
    /// Every QA diagnostic of `catalog`, read from `path`, translating into `locale`.
    /// `analyses` holds the inline analysis of the catalog's strings when the caller made them up front.
    static func check(_ catalog: POCatalog, path: String, locale: String, glossary: [GlossaryTerm],
                      linkScope: TranslationLinkScope? = nil, analyses: InlineAnalysisMemo = InlineAnalysisMemo()) -> [Diagnostic] {
        catalog.entries.flatMap { entry -> [Diagnostic] in
            let location = SourceLocation(path: path, line: entry.msgstrLine > 0 ? entry.msgstrLine : entry.line, column: 1)
            switch entry.state {
            case .translated:
                return entry.translations.enumerated().flatMap { form, translation in
                    let source = form == 0 ? entry.msgid : (entry.msgidPlural ?? entry.msgid)
                    return TranslationUnitRules.check(TranslationUnitCheck(
                        source: analyses.analysis(source), translation: analyses.analysis(translation), locale: locale, location: location, glossary: glossary,
                        linkScope: linkScope, lines: POStringPlacement.Lines(msgstrOf: entry, form: form, path: path)))
                }
            case .fuzzy where TranslationMemory.isSuggestion(entry):
                return FuzzyRule().check(entry, at: location, path: path)
            case .fuzzy:
                let trust = entry.translations.enumerated().flatMap { form, translation in
                    TranslationUnitRules.check(TranslationUnitCheck(
                        source: analyses.analysis(form == 0 ? entry.msgid : (entry.msgidPlural ?? entry.msgid)), translation: analyses.analysis(translation),
                        locale: locale, location: location, linkScope: linkScope,
                        lines: POStringPlacement.Lines(msgstrOf: entry, form: form, path: path)), rules: TranslationUnitRules.trust)
                }
                return FuzzyRule().check(entry, at: location, path: path) + trust
            case .obsolete:
                return ObsoleteRule().check(entry, at: location, path: path)
            case .untranslated:
                return []
            }
        }
    }
}
