/// One translated catalog entry as the translation QA rules see it: the
/// source text (`msgid`), its translation (`msgstr`), the target locale and
/// the place a translator edits (the entry's `msgstr` line in the `.po` file).
///
/// A plain value so every rule is a pure function over it, testable without
/// catalogs or the pipeline. The visible prose of both texts is worked out
/// once here, as several rules need it and they run on every entry.
struct TranslationUnitCheck: Sendable, Hashable {
    /// BCP 47 tag of the translation's locale (`es`, `fi`, `pt-BR`).
    let locale: String
    /// The `msgstr` line of the entry in its `.po` file, column 1.
    let location: SourceLocation
    /// Agreed terms from `Source-Content/_data/glossary.yaml`.
    let glossary: [GlossaryTerm]
    /// The source's prose, markup, shown URLs and shape, analysed once (often shared through a memo).
    let sourceAnalysis: InlineAnalysis
    /// The same for the translation.
    let translationAnalysis: InlineAnalysis
    /// Where relative links resolve (the source page and the project's pages); nil
    /// when unknown, and then only the source's own targets are accepted.
    let linkScope: TranslationLinkScope?

    /// The entry's lines as read (nil for an entry made in memory), for `placement`.
    let lines: POStringPlacement.Lines?

    init(sourceText: String, translation: String, locale: String, location: SourceLocation, glossary: [GlossaryTerm] = [],
         linkScope: TranslationLinkScope? = nil, lines: POStringPlacement.Lines? = nil) {
        self.init(source: InlineAnalysis(sourceText), translation: InlineAnalysis(translation), locale: locale, location: location,
                  glossary: glossary, linkScope: linkScope, lines: lines)
    }

    /// A check over texts already analysed (the check stage takes them from its memo).
    init(source: InlineAnalysis, translation: InlineAnalysis, locale: String, location: SourceLocation, glossary: [GlossaryTerm] = [],
         linkScope: TranslationLinkScope? = nil, lines: POStringPlacement.Lines? = nil) {
        self.locale = locale
        self.location = location
        self.glossary = glossary
        self.linkScope = linkScope
        self.lines = lines
        sourceAnalysis = source
        translationAnalysis = translation
    }

    /// The segment's source: inline Markdown as the `msgid` holds it.
    var sourceText: String { sourceAnalysis.text }
    /// The translation (`msgstr`, or one plural form of it).
    var translation: String { translationAnalysis.text }

    /// What a reader sees of the source (no Markdown, URLs, code, placeholders).
    var sourceProse: TranslationProse { sourceAnalysis.prose }
    /// What a reader sees of the translation.
    var translationProse: TranslationProse { translationAnalysis.prose }
    /// Facts of the source several rules read, made once per distinct text (`TextFacts`).
    var sourceFacts: TextFacts { sourceAnalysis.facts }
    /// The same for the translation.
    var translationFacts: TextFacts { translationAnalysis.facts }
    /// Inline markup of the source and the translation, parsed once for every rule;
    /// nil for plain text (no Markdown, HTML or URL on either side).
    var sourceMarkup: InlineMarkupInventory? { isPlain ? nil : sourceAnalysis.markup }
    var translationMarkup: InlineMarkupInventory? { isPlain ? nil : translationAnalysis.markup }
    /// Both texts are plain.
    private var isPlain: Bool { sourceAnalysis.isPlain && translationAnalysis.isPlain }

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
