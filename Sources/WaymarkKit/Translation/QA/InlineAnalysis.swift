/// What translation QA reads from one `msgid` or `msgstr`, worked out from at most
/// one parse of it: the visible prose, the inline markup, the URLs it shows and
/// its Markdown shape. A source text is shared by every locale's entry and every
/// rule, so the check stage analyses each distinct string once (`InlineAnalysisMemo`).
struct InlineAnalysis: Sendable, Hashable {
    /// The analysed text.
    let text: String
    /// `TranslationProse.isPlain(text)`: no inline Markdown, URL or line break; never parsed.
    let isPlain: Bool
    /// What a reader sees (no Markdown, URLs, code, placeholders).
    let prose: TranslationProse
    /// The inline markup; for plain text only its placeholders.
    let markup: InlineMarkupInventory
    /// URLs shown in link text and code spans (`url-changed`).
    let shownURLs: [String]
    /// Block kinds and stray marks (`markdown-syntax`); nil for plain text, which
    /// that rule parses only when the other side of the entry needs it.
    let shape: MarkdownSyntaxRule.Shape?

    /// Analyses `text`, parsing it only when it is not plain.
    init(_ text: String) {
        self.text = text
        isPlain = TranslationProse.isPlain(text)
        let document = isPlain ? nil : MarkdownParser().parse(text)
        prose = TranslationProse(markdown: text, document: document)
        markup = document.map { InlineMarkupInventory(text, document: $0) } ?? InlineMarkupInventory(plainText: text)
        shownURLs = URLChangedRule.shownURLs(text, document: document)
        shape = document.map(MarkdownSyntaxRule.Shape.init)
    }
}

/// The analysis of every distinct string of a build's catalogs, computed in
/// parallel up front and then only read, so no lock is needed.
struct InlineAnalysisMemo: Sendable {
    private var table: [String: InlineAnalysis] = [:]

    /// No string analysed yet: every lookup analyses on the spot.
    static let empty = InlineAnalysisMemo()

    private init() {}

    /// Analyses each distinct string of `strings` once, spread over every core.
    init(strings: some Sequence<String>) {
        let distinct = Array(Set(strings))
        table = Dictionary(uniqueKeysWithValues: zip(distinct, distinct.parallelMap(InlineAnalysis.init)))
    }

    /// The analysis of `text`, from the memo or made now.
    func analysis(_ text: String) -> InlineAnalysis {
        table[text] ?? InlineAnalysis(text)
    }

    /// Every text a catalog's QA analyses: the sources and forms of translated and fuzzy entries.
    static func strings(of catalog: POCatalog) -> [String] {
        catalog.entries.flatMap { entry -> [String] in
            switch entry.state {
            case .translated, .fuzzy: [entry.msgid] + (entry.msgidPlural.map { [$0] } ?? []) + entry.translations
            case .untranslated, .obsolete: []
            }
        }
    }
}
