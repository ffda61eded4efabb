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

    private static func row(_ tool: String, _ check: String, _ rule: String?, _ note: String = "") -> Row {
        Row(tool: tool, check: check, rule: rule, note: note)
    }

    static let weblate: [Row] = [
        row("Weblate", "BBCode markup", "markup-mismatch", "Waymark text is Markdown; its markup is compared instead"),
        row("Weblate", "Consecutive duplicated words", "doubled-word"),
        row("Weblate", "Does not follow glossary", "glossary"),
        row("Weblate", "Double space", "double-space"),
        row("Weblate", "Formatted strings (C, Python, ...)", "placeholder-mismatch", "`{{name}}` is the only format Waymark text has"),
        row("Weblate", "Has been translated", nil, "`waymark sync` keeps old translations as fuzzy or obsolete and suggests them from memory"),
        row("Weblate", "Inconsistent", "inconsistent"),
        row("Weblate", "Kashida letter used", nil, "no Arabic-script locale yet; it would be a per-locale rule"),
        row("Weblate", "Markdown links", "markup-mismatch"),
        row("Weblate", "Markdown references", "markup-mismatch"),
        row("Weblate", "Markdown syntax", "markdown-syntax"),
        row("Weblate", "Maximum length of translation", "length-ratio", "relative to the source; UI strings have no fixed limits"),
        row("Weblate", "Maximum size of translation", "page-weight", "rendered size is budgeted per page on tor"),
        row("Weblate", "Mismatched \\n", "newline-count"),
        row("Weblate", "Mismatched colon, ellipsis, exclamation mark, full stop, question mark", "trailing-punctuation"),
        row("Weblate", "Mismatched semicolon", nil, "a final `;` is rare in prose; not checked"),
        row("Weblate", "Mismatching line breaks", "markup-mismatch", "Markdown hard line breaks"),
        row("Weblate", "Multiple failing checks", nil, "each rule reports on its own line"),
        row("Weblate", "Multiple unnamed variables", nil, "Waymark placeholders are always named"),
        row("Weblate", "Plurals", "untranslated", "an entry with an empty plural form is untranslated; the form count is `po-syntax`"),
        row("Weblate", "Placeholders", "placeholder-mismatch"),
        row("Weblate", "Punctuation spacing", nil, "French spacing; no French locale yet"),
        row("Weblate", "Regular expression", nil, "no per-project patterns; agree terms in the glossary"),
        row("Weblate", "Reused translation", "reused-translation"),
        row("Weblate", "Same plurals", nil, "identical forms are right in many languages"),
        row("Weblate", "Starting newline, trailing newline", "newline-count"),
        row("Weblate", "Starting spaces, trailing space", "leading-trailing-space"),
        row("Weblate", "Unchanged translation", "same-as-source"),
        row("Weblate", "Unsafe HTML", "unsafe-html"),
        row("Weblate", "URL", "url-changed", "e-mail addresses are `email`"),
        row("Weblate", "XML markup, XML syntax", "unsafe-html", "a translation carries no raw HTML or XML at all"),
        row("Weblate", "Zero-width space", nil, "invisible and control characters are part of the hardening checks, not a parity rule"),
        row("Weblate", "ICU MessageFormat, Fluent, i18next, Qt, Ruby, Java formats", nil, "not used by Waymark catalogs"),
        row("Weblate", "Ellipsis (source check)", nil, "writers' style, not a translation problem"),
        row("Weblate", "Long untranslated (source check)", "long-untranslated"),
        row("Weblate", "Unpluralised (source check)", nil, "UI strings declare `one`/`other` explicitly"),
    ]

    static let pofilter: [Row] = [
        row("pofilter", "accelerators", nil, "content has no keyboard accelerators"),
        row("pofilter", "acronyms", "glossary", "agree acronyms that must stay in the glossary"),
        row("pofilter", "blank", "untranslated"),
        row("pofilter", "brackets", "brackets"),
        row("pofilter", "compendiumconflicts", "inconsistent"),
        row("pofilter", "credits", nil, "no translator-credit entries"),
        row("pofilter", "doublequoting", "quotes"),
        row("pofilter", "doublespacing", "double-space"),
        row("pofilter", "doublewords", "doubled-word"),
        row("pofilter", "emails", "email"),
        row("pofilter", "endpunc", "trailing-punctuation"),
        row("pofilter", "endwhitespace", "leading-trailing-space"),
        row("pofilter", "escapes", "po-syntax"),
        row("pofilter", "filepaths", "markup-mismatch", "links to pages and files"),
        row("pofilter", "functions", nil, "no code in prose; code spans are `markup-mismatch`"),
        row("pofilter", "gconf, kdecomments, options, isreview", nil, "tool-specific; not in Waymark catalogs"),
        row("pofilter", "hassuggestion", nil, "memory suggestions are fuzzy and counted by `waymark status`"),
        row("pofilter", "isfuzzy", "fuzzy"),
        row("pofilter", "long, short", "length-ratio"),
        row("pofilter", "musttranslatewords, notranslatewords", "glossary"),
        row("pofilter", "newlines", "newline-count"),
        row("pofilter", "nplurals", "po-syntax"),
        row("pofilter", "numbers", "numbers", "phone numbers are `phone`"),
        row("pofilter", "printf, pythonbraceformat, variables", "placeholder-mismatch"),
        row("pofilter", "purepunc", nil, "punctuation-only entries are rare; `same-as-source` ignores them"),
        row("pofilter", "sentencecount", nil, "sentences may rightly split or join; `length-ratio` and `readability` measure instead"),
        row("pofilter", "simplecaps, startcaps", nil, "capitalisation rules differ by language"),
        row("pofilter", "simpleplurals", nil, "plurals use CLDR forms, not English-only markers"),
        row("pofilter", "singlequoting", nil, "' and ’ are also apostrophes; `quotes` counts double quotes and guillemets"),
        row("pofilter", "spellcheck", nil, "no spelling dictionaries shipped; use the translator's editor"),
        row("pofilter", "startpunc", nil, "opening marks differ by language (¿ ¡)"),
        row("pofilter", "startwhitespace", "leading-trailing-space"),
        row("pofilter", "tabs", nil, "Markdown treats tabs as spaces"),
        row("pofilter", "unchanged", "same-as-source"),
        row("pofilter", "untranslated", "untranslated"),
        row("pofilter", "urls", "url-changed"),
        row("pofilter", "validchars", nil, "control characters are part of the hardening checks"),
        row("pofilter", "xmltags", "unsafe-html"),
    ]

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
