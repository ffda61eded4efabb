/// Raw HTML is off by default: it bypasses escaping, cannot be segmented for
/// translators and may load outside resources on the onion mirror.
struct RawHTMLRule: PageRule {
    static let description = RuleDescription(
        id: "raw-html", name: "Raw HTML",
        summary: "Markdown must not contain raw HTML unless 'allow-raw-html: true' (web profile only).",
        category: .content,
        triggeringExamples: [
            .page("Press ↓<kbd>Enter↓</kbd> to send."),
            .page("↓<div class=\"box\">\nHello\n</div>"),
        ],
        nonTriggeringExamples: [
            .page("Press **Enter** to send. Use `<b>` in code."),
            RuleExample([
                "waymark.yaml": "source-locale: en\nlocales: [en]\nallow-raw-html: true\n",
                RuleExample.pagePath: "---\ntitle: Start\n---\nPress <kbd>Enter</kbd>.\n",
            ]),
        ])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        guard !context.project.configuration.allowRawHTML else { return [] }
        return page.document.compactMapNodes { node -> Diagnostic? in
            switch node.kind {
            case .htmlBlock, .htmlInline:
                return diagnostic("raw HTML is not allowed; use Markdown, or set 'allow-raw-html: true' for the web profile", at: page.location(of: node))
            default: return nil
            }
        }
    }
}
