/// A URL a translation *shows* (in a link's text or a code span) should be one its
/// source shows. Link and image *targets* are `markup-mismatch`'s concern and an
/// error (SPEC §4); this warning is for the text a reader reads as an address: a link
/// labelled `https://example.org/help` that really goes elsewhere is how phishing
/// looks, and a changed address in `code` may be a typo or a local page, so a person
/// must look. Autolinks show their own target, which `markup-mismatch` compares.
/// E-mail addresses (`mailto:`) are the `email` rule's, so one changed address is
/// reported once.
struct URLChangedRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "url-changed", name: "URL changed",
        summary: "URLs shown in a translation's link text or code should be the source's; a changed one needs review (changed link targets are markup-mismatch).",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("See [https://example.org/help](https://example.org/help).",
                         "Lee [https://example.com/ayuda](https://example.org/help).", triggering: true),
            .translation("Type `https://example.org` in the address bar.", "Kirjoita `https://example.fi` osoiteriville.", locale: "fi",
                         triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("See [the guide](https://example.org/guide) or <https://example.org>.",
                         "Lee <https://example.org> o [la guía](https://example.org/guide).", triggering: false),
            .translation("Visit www.example.org.", "Käy sivulla www.example.org.", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        // Plain text has no link and no code span.
        guard unit.translationMarkup != nil else { return [] }
        let source = Self.normalized(unit.sourceAnalysis.shownURLs)
        let translated = Self.normalized(unit.translationAnalysis.shownURLs)
        let missing = source.subtracting(translated).sorted()
        let added = translated.subtracting(source).sorted()
        if missing.count == 1, added.count == 1 {
            return [diagnostic("URL '\(missing[0])' shown in the source was changed to '\(added[0])' in the translation", at: unit.location)]
        }
        var problems = missing.map { "'\($0)' is missing" }
        problems += added.map { "'\($0)' is not in the source" }
        guard !problems.isEmpty else { return [] }
        return [diagnostic("URLs shown in link text or code differ from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    /// URLs in link labels (other than autolinks, whose label is their target) and code spans.
    /// `document`: the parse of `markdown`, made on demand when not given.
    static func shownURLs(_ markdown: String, document: @autoclosure () -> MarkdownNode? = nil) -> [String] {
        guard !URLScanner.urls(in: markdown).isEmpty else { return [] }
        var shown: [String] = []
        (document() ?? MarkdownParser().parse(markdown)).forEachNode { node in
            switch node.kind {
            case .code(let code):
                shown += URLScanner.urls(in: code)
            case .link(let destination, _):
                let label = node.plainText
                let isAutolink = label == destination || destination == "mailto:" + label || destination == "http://" + label
                if !isAutolink { shown += URLScanner.urls(in: label) }
            default:
                break
            }
        }
        return shown
    }

    /// URLs compared without a trailing `/` (`https://example.org/` is `https://example.org`).
    private static func normalized(_ urls: [String]) -> Set<String> {
        Set(urls.filter { !$0.lowercased().hasPrefix("mailto:") }.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
    }
}
