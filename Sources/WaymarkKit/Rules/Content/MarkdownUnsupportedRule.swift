/// Markdown that would publish an inaccessible page: the page title is the
/// only h1, heading levels must not skip, and every image needs alt text.
struct MarkdownUnsupportedRule: PageRule {
    static let description = RuleDescription(
        id: "markdown-unsupported", name: "Unsupported Markdown",
        summary: "Body headings start at ## (the title is the h1) and do not skip levels; images have alt text.",
        category: .content,
        triggeringExamples: [
            .page("↓# Another title\n\nText."),
            .page("## Part\n\n↓#### Detail\n"),
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\n↓![](../_assets/a.svg)\n",
                "Source-Content/_assets/a.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ]),
        ],
        nonTriggeringExamples: [.page("## Part\n\n### Detail\n\n## Next part\n")])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previousLevel = 1
        page.document.forEachNode { node in
            switch node.kind {
            case .heading(let level, _):
                if level == 1 {
                    found.append(diagnostic("the page title is the only level-1 heading; start body headings at ##", at: page.location(of: node)))
                } else if level > previousLevel + 1 {
                    found.append(diagnostic("heading level \(level) skips level \(previousLevel + 1); screen-reader users navigate by level", at: page.location(of: node)))
                }
                previousLevel = level
            case .image:
                if node.children.isEmpty {
                    found.append(diagnostic("image has no alt text; describe it for people who cannot see it", at: page.location(of: node)))
                }
            default: break
            }
        }
        return found
    }
}
