import Foundation

/// Links between pages are relative `.md` paths; each must name a page or a
/// file that exists, so no channel or locale ever shows a dead link. A
/// `#fragment` (`02-passwords.md#strong-passwords`, `#next-steps`) must name a
/// heading of that page: heading ids come from the source text (or `{#id}`)
/// and are the same in every locale (SPEC §8), so checking the source is enough.
struct BrokenLinkRule: PageRule {
    static let description = RuleDescription(
        id: "broken-link", name: "Broken link",
        summary: "A relative link must point to an existing page (.md) or file in Source-Content/.",
        category: .content,
        triggeringExamples: [
            .page("Read the ↓[next lesson](02-missing.md) now."),
            .page("See ↓[the guide](/guide/01-start.md)."),
            .page("## Strong passwords\n\nSee ↓[tips](#password-tips)."),
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\nRead ↓[the tips](02-tips.md#sharing).\n",
                "Source-Content/guide/02-tips.md": "---\ntitle: Tips\n---\n## Keep it secret {#secret}\n\nNever share it.\n",
            ]),
        ],
        nonTriggeringExamples: [
            .page("Read [this page](01-start.md), [a section](#next-steps) or [a site](https://example.org/).\n\n## Next steps"),
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\nRead [the tips](02-tips.md#secret) and [more](02-tips.md#ask-for-help).\n",
                "Source-Content/guide/02-tips.md": "---\ntitle: Tips\n---\n## Keep it secret {#secret}\n\n## Ask for help\n",
            ]),
        ])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        let project = context.project
        return page.document.compactMapNodes { node -> Diagnostic? in
            guard case .link(let destination, _) = node.kind else { return nil }
            switch ContentLink.resolve(destination, fromPage: page.path) {
            case .external: return nil
            case .anchor(let fragment):
                return missingHeading(fragment, in: page, destination: destination, at: page.location(of: node))
            case .page(let id, let fragment):
                guard let target = context.page(id) else {
                    return diagnostic("link target '\(destination)' is not a page of this project", at: page.location(of: node), range: page.range(of: node))
                }
                return fragment.flatMap { missingHeading($0, in: target, destination: destination, at: page.location(of: node)) }
            case .file(let path):
                if project.files.contains(path) { return nil }
                return diagnostic("link target '\(destination)' does not exist", at: page.location(of: node), range: page.range(of: node))
            case .invalid(let reason):
                return diagnostic("link target '\(destination)': \(reason)", at: page.location(of: node), range: page.range(of: node))
            }
        }
    }

    /// A diagnostic when `fragment` names no heading (nor footnote) of `target`.
    private func missingHeading(_ fragment: String, in target: SourcePage, destination: String, at location: SourceLocation) -> Diagnostic? {
        let decoded = fragment.removingPercentEncoding ?? fragment
        guard !decoded.isEmpty, !decoded.hasPrefix("fn-"), !decoded.hasPrefix("fnref-") else { return nil }
        let ids = target.headingIDs
        guard !ids.contains(decoded) else { return nil }
        // Closest ids first, so a typo's fix is the first one named.
        let named = ids.sorted { EditDistance.levenshtein(decoded, $0) < EditDistance.levenshtein(decoded, $1) }.prefix(3)
        let hint = named.isEmpty ? "the page has no headings" : "its headings include " + named.map { "#\($0)" }.joined(separator: ", ")
        return diagnostic("link target '\(destination)': no heading with id '\(decoded)' (\(hint))", at: location)
    }
}
