/// Turns XLIFF 2.x `<source>`/`<target>` content back into Markdown: `<ph>`, `<pc>`,
/// `<sc>`/`<ec>` become their `<originalData>`; a target code without a `dataRef`
/// borrows the data of the source code with the same id; `<cp>` becomes its character;
/// annotations (`<mrk>`, `<sm>`, `<em>`) are transparent.
struct XLIFF2InlineReader: InlineMarkdownReader {
    private let data: [String: String]
    private let path: String
    private var sourceCodes: [String: (start: String?, end: String?)] = [:]
    /// Codes whose Markdown could not be found.
    private(set) var diagnostics: [Diagnostic] = []

    /// A reader for one unit with its `<originalData>`.
    init(originalData: XMLTreeElement?, path: String) {
        self.path = path
        var data: [String: String] = [:]
        for entry in originalData?.elements("data") ?? [] {
            if let id = entry.attribute("id") { data[id] = Self.plainText(entry.children) }
        }
        self.data = data
    }

    /// The Markdown one inline element stands for.
    mutating func render(_ element: XMLTreeElement, isSource: Bool) -> String {
        let id = element.attribute("id") ?? ""
        switch element.name {
        case "ph", "sc":
            let start = code(element, id: id, ref: "dataRef", part: \.start, isSource: isSource)
            if isSource { sourceCodes[id, default: (nil, nil)].start = start }
            return start
        case "ec":
            let key = element.attribute("startRef") ?? id
            let end = code(element, id: key, ref: "dataRef", part: \.end, isSource: isSource)
            if isSource { sourceCodes[key, default: (nil, nil)].end = end }
            return end
        case "pc":
            let start = code(element, id: id, ref: "dataRefStart", part: \.start, isSource: isSource)
            let end = code(element, id: id, ref: "dataRefEnd", part: \.end, isSource: isSource)
            if isSource { sourceCodes[id] = (start, end) }
            return start + render(element.children, isSource: isSource) + end
        case "cp":
            return Self.character(element.attribute("hex")) ?? ""
        default:
            return render(element.children, isSource: isSource)
        }
    }

    private mutating func code(
        _ element: XMLTreeElement, id: String, ref: String,
        part: KeyPath<(start: String?, end: String?), String?>, isSource: Bool
    ) -> String {
        if let key = element.attribute(ref), let markup = data[key] { return markup }
        if !isSource, let markup = sourceCodes[id]?[keyPath: part] { return markup }
        // Missing data in the source only loses formatting; in the target it would
        // corrupt the translation, so it is an error and the import stops.
        diagnostics.append(XLIFFSyntaxRule.missingInlineData("inline code <\(element.name) id=\"\(id)\"> has no original data to restore",
            at: SourceLocation(path: path, line: element.line, column: 1), inSource: isSource))
        return ""
    }

    private static func plainText(_ nodes: [XMLTreeNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.name == "cp" ? character(element.attribute("hex")) ?? "" : ""
            }
        }.joined()
    }

    private static func character(_ hex: String?) -> String? {
        guard let hex, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }
}
