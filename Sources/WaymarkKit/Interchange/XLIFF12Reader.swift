/// Maps a parsed XLIFF 1.2 tree to an `InterchangeDocument`: `<file>`s, `<trans-unit>`s
/// (also inside `<group>`), notes, location context groups, and states.
enum XLIFF12Reader {
    /// The document under `root`, recording problems in `context`.
    static func document(_ root: XMLTreeElement, _ context: inout XLIFFReadContext) -> InterchangeDocument {
        let fileElements = root.elements("file")
        let files = fileElements.map { file -> InterchangeFile in
            let path = file.attribute("original") ?? ""
            return InterchangeFile(path: path, units: units(in: file.element("body"), path: path, &context))
        }
        return InterchangeDocument(
            sourceLocale: fileElements.first?.attribute("source-language") ?? "",
            targetLocale: fileElements.first?.attribute("target-language") ?? "",
            files: files
        )
    }

    private static func units(in parent: XMLTreeElement?, path: String, _ context: inout XLIFFReadContext) -> [InterchangeUnit] {
        (parent?.children ?? []).flatMap { node -> [InterchangeUnit] in
            guard case .element(let element) = node else { return [] }
            switch element.name {
            case "group": return units(in: element, path: path, &context)
            // translate-toolkit turns the PO header into a unit; it is not a segment.
            case "trans-unit" where element.attribute("restype") == "x-gettext-domain-header": return []
            case "trans-unit": return unit(element, path: path, &context).map { [$0] } ?? []
            default: return []
            }
        }
    }

    private static func unit(_ element: XMLTreeElement, path: String, _ context: inout XLIFFReadContext) -> InterchangeUnit? {
        guard let id = element.attribute("id"), let sourceElement = element.element("source") else {
            context.error("<trans-unit> without id or <source>", line: element.line)
            return nil
        }
        context.locate(id, in: path, line: element.line)
        var inline = XLIFF12InlineReader(path: context.path)
        var unit = InterchangeUnit(
            id: id, context: element.attribute("resname"), source: inline.markdown(sourceElement, isSource: true)
        )
        let targetElement = element.element("target")
        unit.target = targetElement.map { inline.markdown($0, isSource: false) }
        unit.state = state(target: targetElement, approved: element.attribute("approved"))
        context.diagnostics += inline.diagnostics
        for child in element.children {
            guard case .element(let child) = child else { continue }
            if child.name == "note" { unit.addReadNote(author: child.attribute("from"), text: child.text) }
            if child.name == "context-group", child.attribute("purpose")?.contains("location") == true,
               let text = XLIFF12Location.text(of: child) {
                unit.notes.append(InterchangeNote(category: .location, text: text))
            }
        }
        return unit
    }

    /// 1.2 `state` wins; without one, `approved="no"` means fuzzy, and a non-empty
    /// target delivered with neither counts as translated.
    static func state(target: XMLTreeElement?, approved: String?) -> InterchangeState {
        guard let target else { return .initial }
        switch target.attribute("state") {
        case "translated"?: return .translated
        case "signed-off"?: return .reviewed
        case "final"?: return .final
        case nil: return approved == "no" || target.text.isEmpty ? .initial : .translated
        default: return .initial
        }
    }
}
