/// Links between pages are relative `.md` paths; each must name a page or a
/// file that exists, so no channel or locale ever shows a dead link.
struct BrokenLinkRule: Rule {
    static let description = RuleDescription(
        id: "broken-link", name: "Broken link",
        summary: "A relative link must point to an existing page (.md) or file in Source-Content/.",
        category: .content,
        triggeringExamples: [
            .page("Read the ↓[next lesson](02-missing.md) now."),
            .page("See ↓[the guide](/guide/01-start.md)."),
        ],
        nonTriggeringExamples: [
            .page("Read [this page](01-start.md), [a section](#top) or [a site](https://example.org/)."),
        ])

    func check(_ context: RuleContext) -> [Diagnostic] {
        let project = context.project
        return project.pages.flatMap { page in
            page.document.allNodes.compactMap { node -> Diagnostic? in
                guard case .link(let destination, _) = node.kind else { return nil }
                switch ContentLink.resolve(destination, fromPage: page.path) {
                case .external, .anchor: return nil
                case .page(let id, _):
                    if project.page(id) != nil { return nil }
                    return diagnostic("link target '\(destination)' is not a page of this project", at: page.location(of: node))
                case .file(let path):
                    if project.files.contains(path) { return nil }
                    return diagnostic("link target '\(destination)' does not exist", at: page.location(of: node))
                case .invalid(let reason):
                    return diagnostic("link target '\(destination)': \(reason)", at: page.location(of: node))
                }
            }
        }
    }
}
