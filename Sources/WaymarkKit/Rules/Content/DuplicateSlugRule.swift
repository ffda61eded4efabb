/// Page and program folder names become URLs. Two that differ only in case
/// collide on case-insensitive file systems and web servers.
struct DuplicateSlugRule: ProjectRule {
    static let description = RuleDescription(
        id: "duplicate-slug", name: "Duplicate slug",
        summary: "Two pages of a program (or two programs) must not map to the same URL.",
        category: .content,
        triggeringExamples: [
            RuleExample([
                "Source-Content/guide/02-Next.md": "---\ntitle: Next\n---\nText.\n",
                "Source-Content/guide/02-next.md": "↓---\ntitle: Next again\n---\nText.\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(["Source-Content/guide/02-next.md": "---\ntitle: Next\n---\nText.\n"]),
        ])

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var programs: [String: Program] = [:]
        for program in context.project.programs {
            if let other = programs.updateValue(program, forKey: program.id.lowercased()) {
                diagnostics.append(diagnostic("program '\(program.id)' has the same URL as '\(other.id)'", at: SourceLocation(path: program.path)))
            }
            var pages: [String: SourcePage] = [:]
            for page in program.pages {
                if let other = pages.updateValue(page, forKey: page.slug.lowercased()) {
                    diagnostics.append(diagnostic("page '\(page.slug)' has the same URL as '\(other.slug)'", at: SourceLocation(path: page.path)))
                }
            }
        }
        return diagnostics
    }
}
