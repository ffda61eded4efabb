/// Translators and agencies are not trusted (SPEC §4): a translation never carries
/// raw HTML into any channel, whatever `allow-raw-html` says. `allow-raw-html` is the
/// writers' choice for their own source on the web profile; a translation with a
/// tag, comment or HTML block is refused (its segment falls back to the source, as
/// the channel's policy demands) and reported at the `.po` line or XLIFF unit.
struct UnsafeHTMLRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "unsafe-html", name: "Unsafe HTML in a translation",
        summary: "A translation must not contain raw HTML (tags, comments, HTML blocks), whatever 'allow-raw-html' says; it is never published.",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Hello world.", "Hola <img src=x onerror=\"alert(1)\"> mundo.", triggering: true),
            .translation("Press **Enter**.", "Pulsa <kbd>Intro</kbd>.", triggering: true,
                         files: ["waymark.yaml": "source-locale: en\nlocales: [en, es]\nallow-raw-html: true\n"]),
            .xliffImport(catalogTranslation: "", unit: RuleExample.xliffUnit(source: "Call a trusted adult.",
                                                                 target: "Llama &lt;svg onload=alert(1)&gt; a un adulto.", marked: true)),
        ],
        nonTriggeringExamples: [
            .translation("Press **Enter**.", "Pulsa **Intro**.", triggering: false),
            .translation("Use `<b>` for bold, and 3 < 4.", "Usa `<b>` para negrita, y 3 < 4.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let markup = unit.translationMarkup else { return [] }
        let html = TranslationTrust.rawHTML(in: markup)
        guard let first = html.first else { return [] }
        let shown = first.trimmingCharacters(in: .whitespacesAndNewlines).excerpt()
        return [diagnostic("a translation cannot carry raw HTML ('\(shown)'\(html.count > 1 ? " and \(html.count - 1) more" : "")), whatever 'allow-raw-html' says; use Markdown or plain text (the source text is published instead)",
                           at: unit.location)]
    }
}
