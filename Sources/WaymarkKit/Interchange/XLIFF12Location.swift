/// XLIFF 1.2 source references as a `<context-group purpose="location">` with
/// `sourcefile` and `linenumber` contexts, the form translate-toolkit reads and writes.
enum XLIFF12Location {
    /// `("content/a.md", "12")` for `content/a.md:12`; `nil` if the text has no line.
    static func split(_ text: String) -> (String, String)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        let path = String(text[..<colon])
        let line = String(text[text.index(after: colon)...])
        guard !path.isEmpty, !line.isEmpty, line.allSatisfy(\.isASCII), Int(line) != nil,
              line.allSatisfy(\.isNumber)
        else { return nil }
        return (path, line)
    }

    /// The context group for one reference.
    static func element(path: String, line: String) -> XMLTreeElement {
        // No `name`: strict 1.2 wants context-group names unique in the whole file.
        XMLTreeElement("context-group", [("purpose", "location")], children: [
            .element(XMLTreeElement("context", [("context-type", "sourcefile")], children: [.text(path)])),
            .element(XMLTreeElement("context", [("context-type", "linenumber")], children: [.text(line)])),
        ])
    }

    /// `path:line` from a context group, or `nil` if it is not a location group.
    static func text(of group: XMLTreeElement) -> String? {
        let contexts = group.elements("context")
        guard let path = contexts.first(where: { $0.attribute("context-type") == "sourcefile" })?.text else {
            return nil
        }
        let line = contexts.first { $0.attribute("context-type") == "linenumber" }?.text
        return line.map { "\(path):\($0)" } ?? path
    }
}
