/// Runs the translation QA of one parsed catalog: the per-entry rules on every
/// translated entry (each plural form against `msgid` or `msgid_plural`), a
/// `fuzzy` warning for each fuzzy entry and an `obsolete` warning for each
/// `#~` entry, all at the entry's `msgstr` line. The localization stage calls
/// it once per catalog and locale; severity overrides apply afterwards.
enum CatalogQA {
    /// Every QA diagnostic of `catalog`, read from `path`, translating into `locale`.
    static func check(_ catalog: POCatalog, path: String, locale: String, glossary: [GlossaryTerm],
                      linkScope: TranslationLinkScope? = nil) -> [Diagnostic] {
        catalog.entries.flatMap { entry -> [Diagnostic] in
            let location = SourceLocation(path: path, line: entry.msgstrLine > 0 ? entry.msgstrLine : entry.line, column: 1)
            switch entry.state {
            case .translated:
                return entry.translations.enumerated().flatMap { form, translation in
                    let source = form == 0 ? entry.msgid : (entry.msgidPlural ?? entry.msgid)
                    return TranslationUnitRules.check(TranslationUnitCheck(
                        sourceText: source, translation: translation, locale: locale, location: location, glossary: glossary,
                        linkScope: linkScope))
                }
            case .fuzzy where TranslationMemory.isSuggestion(entry):
                let origin = entry.translatorComments.filter { $0.hasPrefix(TranslationMemory.commentPrefix) }
                return [FuzzyRule().diagnostic("suggestion for \"\(entry.msgid.excerpt())\" from translation memory: review it and remove the 'fuzzy' flag",
                                               at: location, notes: origin + (entry.previousMsgid.map { ["suggested for: \"\($0)\""] } ?? []))]
            case .fuzzy:
                let previous = entry.previousMsgid.map { ["previous source: \"\($0)\""] } ?? []
                let trust = entry.translations.enumerated().flatMap { form, translation in
                    TranslationUnitRules.check(TranslationUnitCheck(
                        sourceText: form == 0 ? entry.msgid : (entry.msgidPlural ?? entry.msgid), translation: translation,
                        locale: locale, location: location, linkScope: linkScope), rules: TranslationUnitRules.trust)
                }
                return [FuzzyRule().diagnostic("fuzzy translation of \"\(entry.msgid.excerpt())\": the source changed; review it and remove the 'fuzzy' flag",
                                               at: location, notes: previous)] + trust
            case .obsolete:
                return [ObsoleteRule().diagnostic("obsolete entry \"\(entry.msgid.excerpt())\": its source is gone; reuse the translation or delete the entry",
                                                  at: location)]
            case .untranslated:
                return []
            }
        }
    }

}
