/// Writes an `InterchangeDocument` as XLIFF 2.0 core, valid against the OASIS schema:
/// one `<file>` per catalog, one `<unit>` with one `<segment>` per entry, notes, the
/// export hash as a `waymark` note, and Markdown inline codes as `<pc>`/`<ph>` whose
/// `<originalData>` holds the exact Markdown. Deterministic: same input, same bytes.
struct XLIFF2Writer {
    /// The XLIFF 2.0 text. Files without units are left out (a 2.0 `<file>` needs one);
    /// callers should not export a document with no units at all.
    func write(_ document: InterchangeDocument) -> String {
        let files = document.files.filter { !$0.units.isEmpty }.enumerated().map { index, file in
            XMLTreeNode.element(XMLTreeElement(
                "file",
                [("id", "f\(index + 1)"), ("original", file.path), ("canResegment", "no")],
                children: file.units.map { .element(unit($0)) }
            ))
        }
        let root = XMLTreeElement(
            "xliff",
            [
                ("xmlns", XLIFFVersion.xliff2.namespace), ("version", "2.0"),
                ("srcLang", document.sourceLocale), ("trgLang", document.targetLocale),
            ],
            children: files
        )
        return XMLSerializer.document(root, inline: ["source", "target", "note", "data"])
    }

    private func unit(_ unit: InterchangeUnit) -> XMLTreeElement {
        let (source, target) = InlineCodeNumbering.number(
            source: MarkdownInlineTokenizer.tokenize(unit.source),
            target: unit.target.map(MarkdownInlineTokenizer.tokenize)
        )
        var data = XLIFF2OriginalData()
        let sourceNodes = data.nodes(source)
        let targetNodes = target.map { data.nodes($0) }
        let space = XLIFFVersion.needsPreserve([unit.source, unit.target]) ? "preserve" : nil
        var segment = XMLTreeElement("segment", [("state", unit.state.rawValue)])
        segment.children.append(.element(XMLTreeElement("source", [("xml:space", space)], children: sourceNodes)))
        if let targetNodes {
            segment.children.append(.element(XMLTreeElement("target", [("xml:space", space)], children: targetNodes)))
        }
        var children: [XMLTreeNode] = []
        let notes = self.notes(unit)
        if !notes.isEmpty { children.append(.element(XMLTreeElement("notes", children: notes))) }
        if !data.entries.isEmpty { children.append(.element(data.element)) }
        children.append(.element(segment))
        return XMLTreeElement("unit", [("id", unit.id), ("name", unit.context)], children: children)
    }

    private func notes(_ unit: InterchangeUnit) -> [XMLTreeNode] {
        var notes = unit.notes.map { note in
            XMLTreeNode.element(XMLTreeElement("note", [("category", note.category.rawValue)], children: [.text(note.text)]))
        }
        if let hash = unit.exportedTargetHash {
            notes.append(.element(XMLTreeElement(
                "note",
                [("appliesTo", "target"), ("category", XLIFFVersion.hashNoteAuthor), ("priority", "10")],
                children: [.text(XLIFFVersion.hashNotePrefix + hash)]
            )))
        }
        return notes
    }
}
