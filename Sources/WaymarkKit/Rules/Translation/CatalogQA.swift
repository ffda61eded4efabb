/// Runs the translation QA of one parsed catalog: the per-entry rules on every
/// translated entry (each plural form against `msgid` or `msgid_plural`), a
/// `fuzzy` warning for each fuzzy entry and an `obsolete` warning for each
/// `#~` entry, all at the entry's `msgstr` line. The localization stage calls
/// it once per catalog and locale; severity overrides apply afterwards.
enum CatalogQA {
    /// Every QA diagnostic of `catalog`, read from `path`, translating into `locale`.
    /// `analyses` holds the inline analysis of the catalog's strings when the caller made them up front.
    static func check(_ catalog: POCatalog, path: String, locale: String, glossary: [GlossaryTerm],
                      linkScope: TranslationLinkScope? = nil, analyses: InlineAnalysisMemo = .empty) -> [Diagnostic] {
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
                let origin = entry.translatorComments.filter { $0.hasPrefix(TranslationMemory.commentPrefix) }
                return [FuzzyRule().diagnostic("suggestion for \"\(entry.msgid.excerpt())\" from translation memory: review it and remove the 'fuzzy' flag",
                                               at: location, notes: origin + (entry.previousMsgid.map { ["suggested for: \"\($0)\""] } ?? []))]
            case .fuzzy:
                let trust = entry.translations.enumerated().flatMap { form, translation in
                    TranslationUnitRules.check(TranslationUnitCheck(
                        source: analyses.analysis(form == 0 ? entry.msgid : (entry.msgidPlural ?? entry.msgid)), translation: analyses.analysis(translation),
                        locale: locale, location: location, linkScope: linkScope,
                        lines: POStringPlacement.Lines(msgstrOf: entry, form: form, path: path)), rules: TranslationUnitRules.trust)
                }
                // The previous source is a place of its own (the `#| msgid` line) when the entry was read from a file.
                let previous = entry.previousMsgid.map { "previous source: \"\($0)\"" }
                let place = previous.flatMap { text in previousSourceLine(of: entry).map { RelatedLocation(text, at: SourceLocation(path: path, line: $0)) } }
                return [FuzzyRule().diagnostic("fuzzy translation of \"\(entry.msgid.excerpt())\": the source changed; review it and remove the 'fuzzy' flag",
                                               at: location, notes: place == nil ? previous.map { [$0] } ?? [] : [], related: place.map { [$0] } ?? [])] + trust
            case .obsolete:
                return [ObsoleteRule().diagnostic("obsolete entry \"\(entry.msgid.excerpt())\": its source is gone; reuse the translation or delete the entry",
                                                  at: location)]
            case .untranslated:
                return []
            }
        }
    }

    /// The line of `#| msgid` in the entry as read, or nil for an entry made in memory.
    static func previousSourceLine(of entry: POEntry) -> Int? {
        guard let origin = entry.origin, entry.line > 0 else { return nil }
        for (index, raw) in origin.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var scalars = Array(raw.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            if case .keyword(.previousMsgid, _, _, _) = POLine.classify(scalars) { return entry.line + index }
        }
        return nil
    }
}
