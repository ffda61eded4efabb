/// Collects a unit's `<originalData>` while turning numbered inline nodes into XLIFF 2.0
/// elements: each distinct Markdown markup gets one `<data id="dN">`, in order of use.
struct XLIFF2OriginalData {
    /// Markup strings in `dN` order.
    private(set) var entries: [String] = []
    private var ids: [String: String] = [:]

    /// The `<originalData>` element.
    var element: XMLTreeElement {
        XMLTreeElement("originalData", children: entries.map { markup in
            .element(XMLTreeElement("data", [("id", ids[markup] ?? "")], children: Self.textNodes(markup)))
        })
    }

    /// `<source>`/`<target>` content for `nodes`, registering their markup.
    mutating func nodes(_ nodes: [NumberedInline]) -> [XMLTreeNode] {
        nodes.flatMap { node -> [XMLTreeNode] in
            switch node {
            case .text(let text):
                return Self.textNodes(text)
            case .standalone(let id, let code):
                let (type, subType) = Self.type(of: code.kind)
                let disp = [.codeSpan, .placeholder, .autolink].contains(code.kind) ? code.markup : nil
                return [.element(XMLTreeElement("ph", [
                    ("id", id), ("dataRef", dataID(code.markup)), ("disp", disp),
                    ("subType", subType), ("type", type),
                ]))]
            case .paired(let id, let open, let close, let children):
                let (type, subType) = Self.type(of: open.kind)
                let start = dataID(open.markup)
                let end = dataID(close.markup)
                let attributes: [(String, String?)] = [
                    ("id", id), ("dataRefEnd", end), ("dataRefStart", start),
                    ("subType", subType), ("type", type),
                ]
                return [.element(XMLTreeElement("pc", attributes, children: self.nodes(children)))]
            }
        }
    }

    private mutating func dataID(_ markup: String) -> String {
        if let id = ids[markup] { return id }
        entries.append(markup)
        let id = "d\(entries.count)"
        ids[markup] = id
        return id
    }

    /// XLIFF 2.0 `type` and `subType` for a kind of code.
    static func type(of kind: InlineMarkupKind) -> (String?, String?) {
        switch kind {
        case .emphasis: ("fmt", "xlf:i")
        case .strong: ("fmt", "xlf:b")
        case .strikethrough: ("fmt", nil)
        case .hardBreak: ("fmt", "xlf:lb")
        case .link, .autolink: ("link", nil)
        case .image: ("image", nil)
        case .placeholder: ("ui", "xlf:var")
        case .codeSpan, .html, .other: ("other", nil)
        }
    }

    /// Text as XML nodes, with characters XML cannot hold written as `<cp hex="..."/>`.
    static func textNodes(_ text: String) -> [XMLTreeNode] {
        var nodes: [XMLTreeNode] = []
        var run = ""
        for scalar in text.unicodeScalars {
            if XMLSerializer.isXMLCharacter(scalar) {
                run.unicodeScalars.append(scalar)
                continue
            }
            if !run.isEmpty { nodes.append(.text(run)) }
            run = ""
            let hex = String(scalar.value, radix: 16, uppercase: true)
            nodes.append(.element(XMLTreeElement("cp", [("hex", String(repeating: "0", count: max(0, 4 - hex.count)) + hex)])))
        }
        if !run.isEmpty { nodes.append(.text(run)) }
        return nodes
    }
}
