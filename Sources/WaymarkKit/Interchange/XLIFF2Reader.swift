/// Maps a parsed XLIFF 2.x tree to an `InterchangeDocument`: files, units (also inside
/// `<group>`), notes, the `waymark` hash note, and segments joined in order.
enum XLIFF2Reader {
    /// The document under `root`, recording problems in `context`.
    static func document(_ root: XMLTreeElement, _ context: inout XLIFFReadContext) -> InterchangeDocument {
        let files = root.elements("file").map { file -> InterchangeFile in
            let path = file.attribute("original") ?? file.attribute("id") ?? ""
            return InterchangeFile(path: path, units: units(in: file, path: path, &context))
        }
        return InterchangeDocument(
            sourceLocale: root.attribute("srcLang") ?? "",
            targetLocale: root.attribute("trgLang") ?? "",
            files: files
        )
    }

    private static func units(in parent: XMLTreeElement, path: String, _ context: inout XLIFFReadContext) -> [InterchangeUnit] {
        parent.children.flatMap { node -> [InterchangeUnit] in
            guard case .element(let element) = node else { return [] }
            switch element.name {
            case "group": return units(in: element, path: path, &context)
            case "unit": return unit(element, path: path, &context).map { [$0] } ?? []
            default: return []
            }
        }
    }

    private static func unit(_ element: XMLTreeElement, path: String, _ context: inout XLIFFReadContext) -> InterchangeUnit? {
        guard let id = element.attribute("id") else {
            context.error("<unit> without id", line: element.line)
            return nil
        }
        context.locate(id, in: path, line: element.line)
        var unit = InterchangeUnit(id: id, context: element.attribute("name"), source: "")
        for note in element.element("notes")?.elements("note") ?? [] {
            unit.addReadNote(author: note.attribute("category"), text: note.text)
        }
        var inline = XLIFF2InlineReader(originalData: element.element("originalData"), path: context.path)
        var target: String?
        var states: [InterchangeState] = []
        for part in element.children {
            guard case .element(let part) = part, part.name == "segment" || part.name == "ignorable" else { continue }
            guard let source = part.element("source") else {
                context.error("<\(part.name)> without <source>", line: part.line)
                continue
            }
            let sourceText = inline.markdown(source, isSource: true)
            unit.source += sourceText
            if let targetElement = part.element("target") {
                target = (target ?? "") + inline.markdown(targetElement, isSource: false)
            } else if part.name == "ignorable" {
                target = target.map { $0 + sourceText }
            }
            if part.name == "segment" {
                states.append(part.attribute("state").flatMap(InterchangeState.init(rawValue:)) ?? .initial)
            }
        }
        unit.target = target
        unit.state = states.min() ?? .initial
        context.diagnostics += inline.diagnostics
        return unit
    }
}
