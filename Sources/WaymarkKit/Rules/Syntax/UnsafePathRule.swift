/// A project file or folder that is a symbolic link leaving the project, a
/// link to nothing, or a loop. The reader never follows it (and the writers
/// never write through it), so nothing outside the project is read, published
/// or overwritten. Reported by the loader; in examples, a file whose text is
/// `symlink -> TARGET` stands for such a link.
struct UnsafePathRule: SyntaxRule {
    static let description = RuleDescription(
        id: "unsafe-path", name: "Link out of the project",
        summary: "Files and folders may be symbolic links only to places inside the project; anything else is never read or published.",
        category: .syntax,
        triggeringExamples: [
            RuleExample(["Source-Content/_assets/passwd.svg": "↓\(ProjectFiles.linkPrefix)/etc/passwd"]),
        ],
        nonTriggeringExamples: [
            RuleExample(["Source-Content/_assets/crossing.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"]),
        ])

    /// One error per refused link, at the link's path.
    static func diagnostics(_ files: ProjectFiles) -> [Diagnostic] {
        files.refusedLinks.sorted { $0.key < $1.key }.map { path, reason in
            diagnostic("\(path) is not read: \(reason)", at: SourceLocation(path: path))
        }
    }
}
