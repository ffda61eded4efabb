/// Images must exist in `Source-Content/`, so every channel (and the onion
/// mirror, which loads nothing from outside) can ship them.
struct MissingAssetRule: PageRule {
    static let description = RuleDescription(
        id: "missing-asset", name: "Missing asset",
        summary: "An image must be a file in Source-Content/ (usually _assets/); external images are not allowed.",
        category: .content,
        triggeringExamples: [
            .page("↓![A crossing](../_assets/missing.svg)"),
            .page("Look: ↓![A map](https://example.org/map.png)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\n![A crossing](../_assets/crossing.svg)\n",
                "Source-Content/_assets/crossing.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ]),
        ])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        return page.document.compactMapNodes { node -> Diagnostic? in
            guard case .image(let source, _) = node.kind else { return nil }
            switch ContentLink.resolve(source, fromPage: page.path) {
            case .file(let path) where context.project.files.contains(path): return nil
            case .external: return diagnostic("image '\(source)' is outside the project; copy it into Source-Content/_assets/ (the onion mirror loads nothing from outside)", at: page.location(of: node), range: page.range(of: node))
            default: return diagnostic("image '\(source)' does not exist", at: page.location(of: node), range: page.range(of: node))
            }
        }
    }
}
