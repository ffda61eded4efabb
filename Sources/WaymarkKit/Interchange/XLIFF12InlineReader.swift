/// Turns XLIFF 1.2 `<source>`/`<target>` content back into Markdown: `<bpt>`, `<ept>`,
/// `<ph>` and `<it>` hold the markup as content; `<g>`, `<x>`, `<bx>`, `<ex>` (which CAT
/// tools may produce) take it from the source code with the same id; `<mrk>` is transparent.
struct XLIFF12InlineReader: InlineMarkdownReader {
    private let path: String
    private var placeholders: [String: String] = [:]
    private var starts: [String: String] = [:]
    private var ends: [String: String] = [:]
    /// Codes whose Markdown could not be found.
    private(set) var diagnostics: [Diagnostic] = []

    /// A reader for one trans-unit.
    init(path: String) { self.path = path }

    /// The Markdown one inline element stands for.
    mutating func render(_ element: XMLTreeElement, isSource: Bool) -> String {
        let id = element.attribute("rid") ?? element.attribute("id") ?? ""
        switch element.name {
        case "ph", "bpt", "ept", "it":
            let markup = element.text
            if isSource {
                switch element.name {
                case "bpt": starts[id] = markup
                case "ept": ends[id] = markup
                default: placeholders[element.attribute("id") ?? ""] = markup
                }
            }
            return markup
        case "x": return lookup(placeholders, element, id: element.attribute("id") ?? "", isSource)
        case "bx": return lookup(starts, element, id: id, isSource)
        case "ex": return lookup(ends, element, id: id, isSource)
        case "g":
            return lookup(starts, element, id: id, isSource) + render(element.children, isSource: isSource)
                + lookup(ends, element, id: id, isSource)
        default:
            return render(element.children, isSource: isSource)
        }
    }

    // A source code without markup (another tool's file) only loses formatting: warning.
    // A target one would corrupt the translation: error, so the import stops.
    private mutating func lookup(_ table: [String: String], _ element: XMLTreeElement, id: String, _ isSource: Bool) -> String {
        if let markup = table[id] { return markup }
        diagnostics.append(XLIFFSyntaxRule.missingInlineData("inline code <\(element.name) id=\"\(id)\"> has no Markdown to restore (no matching source code)",
            at: SourceLocation(path: path, line: element.line, column: 1), inSource: isSource))
        return ""
    }
}
