/// Writes an `InterchangeDocument` as XLIFF 1.2 that validates against the OASIS
/// *strict* schema: one `<file>` per catalog, one `<trans-unit>` per entry.
///
/// Inline Markdown becomes `<bpt>`/`<ept>` (paired) and `<ph>` (standalone) whose
/// content is the exact Markdown markup: strict 1.2 has no attribute on `<g>`/`<x>`
/// that could carry a link URL, and foreign attributes are rejected, so codes that
/// hold their own original data are the only self-contained choice. The reader also
/// accepts `<g>`/`<x>`/`<bx>`/`<ex>` that CAT tools produce, resolving them by id.
struct XLIFF12Writer {
    /// The XLIFF 1.2 text.
    func write(_ document: InterchangeDocument) -> String {
        let files = document.files.map { file in
            XMLTreeNode.element(XMLTreeElement(
                "file",
                [
                    ("original", file.path), ("source-language", document.sourceLocale),
                    ("target-language", document.targetLocale), ("datatype", "x-markdown"),
                ],
                children: [.element(XMLTreeElement("body", children: file.units.map {
                    .element(transUnit($0, document))
                }))]
            ))
        }
        let root = XMLTreeElement("xliff", [("xmlns", XLIFFVersion.xliff12.namespace), ("version", "1.2")], children: files)
        return XMLSerializer.document(root, inline: ["source", "target", "note", "context"])
    }

    private func transUnit(_ unit: InterchangeUnit, _ document: InterchangeDocument) -> XMLTreeElement {
        let (source, target) = InlineCodeNumbering.number(
            source: MarkdownInlineTokenizer.tokenize(unit.source),
            target: unit.target.map(MarkdownInlineTokenizer.tokenize)
        )
        var children: [XMLTreeNode] = [
            .element(XMLTreeElement("source", [("xml:lang", document.sourceLocale)], children: Self.nodes(source))),
        ]
        if let target {
            let attributes = [("xml:lang", document.targetLocale), ("state", Self.state(unit))]
            children.append(.element(XMLTreeElement("target", attributes, children: Self.nodes(target))))
        }
        children += unit.notes.map(note)
        if let hash = unit.exportedTargetHash {
            let attributes = [("annotates", "target"), ("from", XLIFFVersion.hashNoteAuthor), ("priority", "10")]
            children.append(.element(XMLTreeElement("note", attributes, children: [.text(XLIFFVersion.hashNotePrefix + hash)])))
        }
        let attributes: [(String, String?)] = [
            ("id", unit.id), ("resname", unit.context), ("approved", unit.state == .initial ? "no" : "yes"),
            ("xml:space", XLIFFVersion.needsPreserve([unit.source, unit.target]) ? "preserve" : nil),
        ]
        return XMLTreeElement("trans-unit", attributes, children: children)
    }

    /// 1.2 `state` for a unit with a target: a fuzzy target needs review.
    static func state(_ unit: InterchangeUnit) -> String {
        switch unit.state {
        case .initial: "needs-review-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    /// A location `path:line` becomes the standard `<context-group purpose="location">`
    /// that translate-toolkit maps back to `#:`; other notes are `<note from="category">`.
    private func note(_ note: InterchangeNote) -> XMLTreeNode {
        if note.category == .location, let (path, line) = XLIFF12Location.split(note.text) {
            return .element(XLIFF12Location.element(path: path, line: line))
        }
        return .element(XMLTreeElement("note", [("from", note.category.rawValue)], children: [.text(note.text)]))
    }

    private static func nodes(_ nodes: [NumberedInline]) -> [XMLTreeNode] {
        nodes.flatMap { node -> [XMLTreeNode] in
            switch node {
            case .text(let text):
                return [.text(text)]
            case .standalone(let id, let code):
                return [.element(XMLTreeElement("ph", [("id", id), ("ctype", placeholderType(code.kind))], children: [.text(code.markup)]))]
            case .paired(let id, let open, let close, let children):
                return [.element(XMLTreeElement("bpt", [("id", id), ("ctype", delimiterType(open.kind))], children: [.text(open.markup)]))]
                    + self.nodes(children)
                    + [.element(XMLTreeElement("ept", [("id", id)], children: [.text(close.markup)]))]
            }
        }
    }

    private static func delimiterType(_ kind: InlineMarkupKind) -> String {
        switch kind {
        case .strong: "bold"
        case .emphasis: "italic"
        case .link: "link"
        default: "x-" + kind.rawValue
        }
    }

    private static func placeholderType(_ kind: InlineMarkupKind) -> String {
        switch kind {
        case .image: "image"
        case .hardBreak: "lb"
        default: "x-" + kind.rawValue
        }
    }
}
