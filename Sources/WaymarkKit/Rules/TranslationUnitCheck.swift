/// One translated catalog entry as the translation QA rules see it: the
/// source text (`msgid`), its translation (`msgstr`), the target locale and
/// the place a translator edits (the entry's `msgstr` line in the `.po` file).
///
/// A plain value so every rule is a pure function over it, testable without
/// catalogs or the pipeline. The visible prose of both texts is worked out
/// once here, as several rules need it and they run on every entry.
struct TranslationUnitCheck: Sendable, Hashable {
    /// The segment's source: inline Markdown as the `msgid` holds it.
    let sourceText: String
    /// The translation (`msgstr`, or one plural form of it).
    let translation: String
    /// BCP 47 tag of the translation's locale (`es`, `fi`, `pt-BR`).
    let locale: String
    /// The `msgstr` line of the entry in its `.po` file, column 1.
    let location: SourceLocation
    /// Agreed terms from `Source-Content/_data/glossary.yaml`.
    let glossary: [GlossaryTerm]
    /// What a reader sees of the source (no Markdown, URLs, code, placeholders).
    let sourceProse: TranslationProse
    /// What a reader sees of the translation.
    let translationProse: TranslationProse
    /// Where relative links resolve (the source page and the project's pages); nil
    /// when unknown, and then only the source's own targets are accepted.
    let linkScope: TranslationLinkScope?
    /// Inline markup of the source and the translation, parsed once for every rule;
    /// nil for plain text (no Markdown, HTML or URL at all).
    let sourceMarkup: InlineMarkupInventory?
    let translationMarkup: InlineMarkupInventory?

    /// The entry's lines as read (nil for an entry made in memory), for `placement`.
    let lines: POStringPlacement.Lines?

    init(sourceText: String, translation: String, locale: String, location: SourceLocation, glossary: [GlossaryTerm] = [],
         linkScope: TranslationLinkScope? = nil, lines: POStringPlacement.Lines? = nil) {
        self.sourceText = sourceText
        self.translation = translation
        self.locale = locale
        self.location = location
        self.glossary = glossary
        self.linkScope = linkScope
        self.lines = lines
        sourceProse = TranslationProse(markdown: sourceText)
        translationProse = TranslationProse(markdown: translation)
        let plain = TranslationProse.isPlain(sourceText) && TranslationProse.isPlain(translation)
        sourceMarkup = plain ? nil : InlineMarkupInventory(sourceText)
        translationMarkup = plain ? nil : InlineMarkupInventory(translation)
    }

    /// Where `translation` is written in the `.po` file, so a rule can underline part
    /// of it and suggest an edit; worked out on demand (rules ask only when they report).
    var placement: POStringPlacement? { lines.flatMap(POStringPlacement.init) }

    /// The file range of part of `translation`, when the placement can map it.
    func fileRange(of range: Range<String.Index>) -> Range<SourceLocation>? {
        placement?.fileRange(of: range, in: translation)
    }

    /// An edit of part of `translation` as a replacement in the `.po` file, escaped as gettext writes it.
    func replacement(of range: Range<String.Index>, with text: String) -> Replacement? {
        placement?.replacement(of: range, in: translation, with: text)
    }

    /// The language subtag of `locale`, lowercased: `pt` for `pt-BR`.
    var language: String {
        LocaleTag.language(of: locale)
    }
}
