/// `{{name}}` must name a `_data` value or a `{{ui.key}}` UI string, or the
/// reader would see the braces.
struct UnknownPlaceholderRule: PageRule {
    static let description = RuleDescription(
        id: "unknown-placeholder", name: "Unknown placeholder",
        summary: "A {{placeholder}} must name a value in Source-Content/_data/ or a {{ui.key}} in _ui.yaml.",
        category: .content,
        triggeringExamples: [
            .page("Call ↓{{helplines.0.phone}} any time."),
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\nCall ↓{{helplines.3.phone}}.\n",
                "Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                RuleExample.pagePath: "---\ntitle: Start\n---\nCall {{helplines.0.phone}}. {{ui.home}}\n",
                "Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n",
                "Source-Content/_ui.yaml": "home: Home\n",
            ]),
        ])

    func check(_ page: SourcePage, in context: RuleContext) -> [Diagnostic] {
        let lookup = DataLookup(project: context.project)
        var found: [Diagnostic] = []
        func check(_ text: String, line: Int, column: Int) {
            for placeholder in Placeholder.scan(text) where lookup.sourceValue(of: placeholder.name) == nil {
                let at = SourceLocation(path: page.path, line: line, column: column + placeholder.utf8Offset)
                found.append(diagnostic("'{{\(placeholder.name)}}' names no _data value or UI string", at: at))
            }
        }
        check(page.frontMatter.title, line: page.frontMatter.titleLine, column: 1)
        if let description = page.frontMatter.description { check(description, line: page.frontMatter.descriptionLine, column: 1) }
        page.document.forEachNode { node in
            if case .text(let text) = node.kind { check(text, line: node.range.startLine, column: node.range.startColumn) }
        }
        return found
    }
}
