/// A URL a translation points at (link destination, image source, autolink or
/// bare `https://`, `www.`, `mailto:`, `tel:` text) must be one its source
/// points at. A warning, not an error: some sites have a page per language,
/// and a translator may rightly use it, but a changed URL is also how
/// phishing and typos slip in, so a person must look. E-mail addresses
/// (`mailto:`) are the `email` rule's, so one changed address is reported once.
struct URLChangedRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "url-changed", name: "URL changed",
        summary: "URLs in a translation should be the source's URLs; a changed or added URL needs review.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("See [the guide](https://example.org/guide).", "Lee [la guía](https://example.com/guia).", triggering: true),
            .translation("Visit www.example.org.", "Käy sivulla www.example.fi.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("See [the guide](https://example.org/guide) or <https://example.org>.",
                         "Lee <https://example.org> o [la guía](https://example.org/guide).", triggering: false),
            .translation("Visit www.example.org.", "Käy sivulla www.example.org.", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        let source = Self.normalized(URLScanner.urls(in: unit.sourceText))
        let translated = Self.normalized(URLScanner.urls(in: unit.translation))
        let missing = source.subtracting(translated).sorted()
        let added = translated.subtracting(source).sorted()
        if missing.count == 1, added.count == 1 {
            return [diagnostic("URL '\(missing[0])' was changed to '\(added[0])' in the translation", at: unit.location)]
        }
        var problems = missing.map { "'\($0)' is missing" }
        problems += added.map { "'\($0)' is not in the source" }
        guard !problems.isEmpty else { return [] }
        return [diagnostic("URLs differ from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    /// URLs compared without a trailing `/` (`https://example.org/` is `https://example.org`).
    private static func normalized(_ urls: [String]) -> Set<String> {
        Set(urls.filter { !$0.lowercased().hasPrefix("mailto:") }.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
    }
}
