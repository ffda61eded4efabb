/// The index files of a JSON channel and the small objects pages share with them.
enum JSONIndexes {
    /// `/index.json`: the project and its published locales.
    static func root(_ site: ChannelSite) -> JSONValue {
        .object([
            "name": .string(site.projectName),
            "sourceLocale": .string(site.sourceLocale),
            "locales": .array(site.locales.map { locale in
                .object([
                    "locale": .string(locale.locale),
                    "displayName": .string(locale.displayName),
                    "path": .string(JSONLayout.localeFile(locale.locale)),
                    "completeness": .double(locale.translation.completeness),
                ])
            }),
        ])
    }

    /// `/<locale>/index.json`: programs and their emitted pages, with paths from the channel root.
    static func locale(_ locale: LocaleSite) -> JSONValue {
        .object([
            "locale": .string(locale.locale),
            "displayName": .string(locale.displayName),
            "translation": translation(locale.translation),
            "programs": .array(locale.programs.filter { !$0.pages.isEmpty }.map { program in
                .object([
                    "id": .string(program.id),
                    "title": .string(program.title),
                    "description": .string(program.description),
                    "audience": .string(program.audience),
                    "pages": .array(program.pages.map { page in
                        .object([
                            "id": .string(page.id),
                            "slug": .string(page.slug),
                            "title": .string(page.title),
                            "description": .string(page.description),
                            "path": .string(JSONLayout.pageFile(page)),
                            "completeness": .double(page.translation.completeness),
                        ])
                    }),
                ])
            }),
        ])
    }

    /// Translation state counts and completeness (SPEC §5.2).
    static func translation(_ summary: TranslationSummary) -> JSONValue {
        .object([
            "translated": .int(summary.translated),
            "fuzzy": .int(summary.fuzzy),
            "untranslated": .int(summary.untranslated),
            "obsolete": .int(summary.obsolete),
            "translatedWords": .int(summary.translatedWords),
            "totalWords": .int(summary.totalWords),
            "completeness": .double(summary.completeness),
        ])
    }

    /// A page's reading level.
    static func readability(_ summary: ReadabilitySummary) -> JSONValue {
        .object([
            "formula": .string(summary.formula),
            "score": .double(summary.score),
            "target": .optional(summary.target),
            "passed": summary.passed.map(JSONValue.bool) ?? .null,
        ])
    }
}
