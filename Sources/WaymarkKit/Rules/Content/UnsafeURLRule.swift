/// Only relative URLs, `http:`, `https:`, `mailto:` and `tel:` are published (SPEC
/// §4). A link or image with any other scheme (`javascript:`, `vbscript:`, `data:`,
/// `file:`), in any case or encoding (`JaVaScRiPt:`, `java&#9;script:`,
/// `%6Aavascript:`), is an error at its line in the `.md`, `.po` or XLIFF file.
/// Channels never emit such a URL even when this rule is turned off: the link
/// becomes its text, the image its alt text (`URLSafety`).
struct UnsafeURLRule: PageRule, TranslationUnitRule {
    /// Its first phase; it also runs on every translation (`check(unit:)`).
    static let phase = RulePhase.page

    static let description = RuleDescription(
        id: "unsafe-url", name: "Unsafe URL",
        summary: "Links and images may only use relative URLs, http:, https:, mailto: or tel:; anything else (javascript:, data:, file:, ...) is never published.",
        category: .content, defaultSeverity: .error,
        triggeringExamples: [
            .page("Click ↓[here](javascript:alert(1)) to win."),
            .page("A picture: ↓![dot](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)"),
            .page("Tricky ↓[link](<JaVa\tScRiPt:alert(1)>)."),
            .page("Encoded ↓[link](&#106;avascript:alert(1))."),
            .translation("See [the guide](https://example.org/guide).", "Lee [la guía](vbscript:msgbox(1)).", triggering: true),
        ],
        nonTriggeringExamples: [
            .page("Call [112](tel:112), write to [us](mailto:help@example.org) or read [the guide](https://example.org/guide)."),
            .translation("See [the guide](https://example.org/guide).", "Lee [la guía](https://example.org/guide).", triggering: false),
        ])

    /// Source pages: every link and image destination as cmark resolved it (entities decoded).
    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        page.document.compactMapNodes { node -> Diagnostic? in
            switch node.kind {
            case .link(let url, _), .image(let url, _):
                return Self.problem(url).map { diagnostic($0, at: page.location(of: node)) }
            default:
                return nil
            }
        }
    }

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let markup = unit.translationMarkup else { return [] }
        return TranslationTrust.unsafeURLs(in: markup).compactMap { Self.problem($0).map { diagnostic($0, at: unit.location) } }
    }

    /// The message for an unpublishable `url`, or nil when it is safe.
    static func problem(_ url: String) -> String? {
        guard let scheme = URLSafety.unsafeScheme(of: url) else { return nil }
        return "URL '\(url.excerpt())' uses the '\(scheme):' scheme; only relative URLs, http:, https:, mailto: and tel: are published, so it is shown as plain text"
    }
}
