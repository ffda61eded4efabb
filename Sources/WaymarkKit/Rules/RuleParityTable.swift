/// Which Waymark rule answers each Weblate check and pofilter test, for the
/// table `docs/rules.md` prints. A nil rule means none, and the note says why.
enum RuleParityTable {
    /// One check of another tool.
    struct Row: Sendable {
        var tool: String
        var check: String
        var rule: String?
        var note: String
    }

    static let rows: [Row] = weblate + pofilter

    /// The rows of one tool: each check, the rule that answers it (nil: none) and a note.
    private static func table(_ tool: String, _ checks: [(check: String, rule: (any Rule.Type)?, note: String)]) -> [Row] {
        checks.map { Row(tool: tool, check: $0.check, rule: $0.rule?.description.id, note: $0.note) }
    }

    static let weblate = table("Weblate", [
        ("BBCode markup", MarkupMismatchRule.self, "Waymark text is Markdown; its markup is compared instead"),
        ("Consecutive duplicated words", DoubledWordRule.self, ""),
        ("Does not follow glossary", GlossaryRule.self, ""),
        ("Double space", DoubleSpaceRule.self, ""),
        ("Formatted strings (C, Python, ...)", PlaceholderMismatchRule.self, "`{{name}}` is the only format Waymark text has"),
        ("Has been translated", nil, "`waymark sync` keeps old translations as fuzzy or obsolete and suggests them from memory"),
        ("Inconsistent", InconsistentRule.self, ""),
        ("Kashida letter used", nil, "no Arabic-script locale yet; it would be a per-locale rule"),
        ("Markdown links", MarkupMismatchRule.self, ""),
        ("Markdown references", MarkupMismatchRule.self, ""),
        ("Markdown syntax", MarkdownSyntaxRule.self, ""),
        ("Maximum length of translation", LengthRatioRule.self, "relative to the source; UI strings have no fixed limits"),
        ("Maximum size of translation", PageWeightRule.self, "rendered size is budgeted per page on tor"),
        ("Mismatched \\n", NewlineCountRule.self, ""),
        ("Mismatched colon, ellipsis, exclamation mark, full stop, question mark", TrailingPunctuationRule.self, ""),
        ("Mismatched semicolon", nil, "a final `;` is rare in prose; not checked"),
        ("Mismatching line breaks", MarkupMismatchRule.self, "Markdown hard line breaks"),
        ("Multiple failing checks", nil, "each rule reports on its own line"),
        ("Multiple unnamed variables", nil, "Waymark placeholders are always named"),
        ("Plurals", UntranslatedRule.self, "an entry with an empty plural form is untranslated; the form count is `po-syntax`"),
        ("Placeholders", PlaceholderMismatchRule.self, ""),
        ("Punctuation spacing", nil, "French spacing; no French locale yet"),
        ("Regular expression", nil, "no per-project patterns; agree terms in the glossary"),
        ("Reused translation", ReusedTranslationRule.self, ""),
        ("Same plurals", nil, "identical forms are right in many languages"),
        ("Starting newline, trailing newline", NewlineCountRule.self, ""),
        ("Starting spaces, trailing space", LeadingTrailingSpaceRule.self, ""),
        ("Unchanged translation", SameAsSourceRule.self, ""),
        ("Unsafe HTML", UnsafeHTMLRule.self, ""),
        ("URL", URLChangedRule.self, "e-mail addresses are `email`"),
        ("XML markup, XML syntax", UnsafeHTMLRule.self, "a translation carries no raw HTML or XML at all"),
        ("Zero-width space", nil, "invisible and control characters are part of the hardening checks, not a parity rule"),
        ("ICU MessageFormat, Fluent, i18next, Qt, Ruby, Java formats", nil, "not used by Waymark catalogs"),
        ("Ellipsis (source check)", nil, "writers' style, not a translation problem"),
        ("Long untranslated (source check)", LongUntranslatedRule.self, ""),
        ("Unpluralised (source check)", nil, "UI strings declare `one`/`other` explicitly"),
    ])

    static let pofilter = table("pofilter", [
        ("accelerators", nil, "content has no keyboard accelerators"),
        ("acronyms", GlossaryRule.self, "agree acronyms that must stay in the glossary"),
        ("blank", UntranslatedRule.self, ""),
        ("brackets", BracketsRule.self, ""),
        ("compendiumconflicts", InconsistentRule.self, ""),
        ("credits", nil, "no translator-credit entries"),
        ("doublequoting", QuotesRule.self, ""),
        ("doublespacing", DoubleSpaceRule.self, ""),
        ("doublewords", DoubledWordRule.self, ""),
        ("emails", EmailRule.self, ""),
        ("endpunc", TrailingPunctuationRule.self, ""),
        ("endwhitespace", LeadingTrailingSpaceRule.self, ""),
        ("escapes", POSyntaxRule.self, ""),
        ("filepaths", MarkupMismatchRule.self, "links to pages and files"),
        ("functions", nil, "no code in prose; code spans are `markup-mismatch`"),
        ("gconf, kdecomments, options, isreview", nil, "tool-specific; not in Waymark catalogs"),
        ("hassuggestion", nil, "memory suggestions are fuzzy and counted by `waymark status`"),
        ("isfuzzy", FuzzyRule.self, ""),
        ("long, short", LengthRatioRule.self, ""),
        ("musttranslatewords, notranslatewords", GlossaryRule.self, ""),
        ("newlines", NewlineCountRule.self, ""),
        ("nplurals", POSyntaxRule.self, ""),
        ("numbers", NumbersRule.self, "phone numbers are `phone`"),
        ("printf, pythonbraceformat, variables", PlaceholderMismatchRule.self, ""),
        ("purepunc", nil, "punctuation-only entries are rare; `same-as-source` ignores them"),
        ("sentencecount", nil, "sentences may rightly split or join; `length-ratio` and `readability` measure instead"),
        ("simplecaps, startcaps", nil, "capitalisation rules differ by language"),
        ("simpleplurals", nil, "plurals use CLDR forms, not English-only markers"),
        ("singlequoting", nil, "' and ’ are also apostrophes; `quotes` counts double quotes and guillemets"),
        ("spellcheck", nil, "no spelling dictionaries shipped; use the translator's editor"),
        ("startpunc", nil, "opening marks differ by language (¿ ¡)"),
        ("startwhitespace", LeadingTrailingSpaceRule.self, ""),
        ("tabs", nil, "Markdown treats tabs as spaces"),
        ("unchanged", SameAsSourceRule.self, ""),
        ("untranslated", UntranslatedRule.self, ""),
        ("urls", URLChangedRule.self, ""),
        ("validchars", nil, "control characters are part of the hardening checks"),
        ("xmltags", UnsafeHTMLRule.self, ""),
    ])

    /// The Markdown table for docs/rules.md.
    static func markdown() -> [String] {
        var lines = [
            "", "## Weblate and pofilter", "",
            "Every Weblate check and pofilter test, and the Waymark rule that answers it (or why none does).", "",
            "| tool | check | Waymark rule | note |", "|---|---|---|---|",
        ]
        for row in rows {
            let rule = row.rule.map { "[`\($0)`](#\($0))" } ?? "none"
            lines.append("| \(row.tool) | \(row.check) | \(rule) | \(row.note) |")
        }
        return lines
    }
}
