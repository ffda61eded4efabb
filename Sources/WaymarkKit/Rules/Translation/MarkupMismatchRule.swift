/// A translation must keep its source's inline Markdown: the same number of
/// emphasis, strong, strikethrough, code spans, links, images, footnote
/// references and hard line breaks, and the same link and image targets in any
/// order (SPEC §4, `TranslationTrust`): a link to a page may point at another page
/// of the project that exists, but a URL or an image swapped for another is an
/// error, and the translation is not published. `*x*` and `_x_` are the same emphasis.
struct MarkupMismatchRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "markup-mismatch", name: "Markup mismatch",
        summary: "A translation must keep the source's emphasis, strong, code spans, links, images and line breaks, and the source's link and image targets (a page link may point at another existing page).",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Never share your **password**.", "Nunca compartas tu contraseña.", triggering: true),
            .translation("Read [the next page](02-passwords.md).", "Lue [seuraava sivu](04-missing.md).", locale: "fi", triggering: true,
                         files: linkedPages),
            .translation("Type `help` to start.", "Escribe help para empezar.", triggering: true),
            .translation("See [the guide](https://example.org/guide).", "Lee [la guía](https://example.com/guia).", triggering: true),
            .translation("![A map](https://example.org/map.png)", "![Un mapa](http://tracker.example/p.gif)", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Never share your *password*.", "Nunca compartas tu _contraseña_.", triggering: false),
            .translation("Read **[the next page](02-passwords.md)**.", "Lue **[seuraava sivu](02-passwords.md)**.", locale: "fi",
                         triggering: false, files: linkedPages),
            .translation("Read [the next page](02-passwords.md).", "Lue [ohjesivu](03-help.md).", locale: "fi",
                         triggering: false, files: linkedPages),
            .translation("See [the guide](https://example.org/guide) or <https://example.org>.",
                         "Lee <https://example.org> o [la guía](https://example.org/guide).", triggering: false),
        ])

    /// The pages the examples link to.
    static let linkedPages = [
        "Source-Content/guide/02-passwords.md": "---\ntitle: Passwords\n---\nKeep them secret.\n",
        "Source-Content/guide/03-help.md": "---\ntitle: Help\n---\nAsk a trusted adult.\n",
    ]

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let source = unit.sourceMarkup, let translated = unit.translationMarkup else { return [] }
        var problems = Self.counted.compactMap { name, count -> String? in
            let (expected, found) = (count(source), count(translated))
            return expected == found ? nil : "\(name): \(expected) in the source, \(found) in the translation"
        }
        problems += TranslationTrust.targetChanges(from: source, to: translated, scope: unit.linkScope)
        guard !problems.isEmpty else { return [] }
        return [diagnostic("markup differs from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    /// What is counted, by the name messages use.
    private static let counted: [(String, @Sendable (InlineMarkupInventory) -> Int)] = [
        ("emphasis", { $0.emphasis }), ("strong", { $0.strong }), ("strikethrough", { $0.strikethrough }),
        ("code spans", { $0.codeSpans }), ("links", { $0.linkDestinations.count }), ("images", { $0.imageSources.count }),
        ("footnote references", { $0.footnoteReferences.count }), ("line breaks", { $0.lineBreaks }),
    ]
}
