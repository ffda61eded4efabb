/// Resolves `{{file.key.0.field}}` paths against `_data` files and
/// `{{ui.key}}` against UI strings, in the source locale.
struct DataLookup: Sendable {
    var data: [String: DataFile]
    var ui: [String: UIString]

    init(project: ContentProject) {
        data = Dictionary(project.data.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        ui = Dictionary(project.ui.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The scalar node a data path names, or nil.
    func node(for name: String) -> YAMLNode? {
        let parts = name.split(separator: ".").map(String.init)
        guard let file = parts.first, let root = data[file]?.root else { return nil }
        var node = root
        for part in parts.dropFirst() {
            if let items = node.items, let index = Int(part), items.indices.contains(index) {
                node = items[index]
            } else if let child = node[part] {
                node = child
            } else {
                return nil
            }
        }
        return node.string == nil ? nil : node
    }

    /// The source-locale text of a placeholder, or nil when it names nothing.
    func sourceValue(of name: String) -> String? {
        if name.hasPrefix("ui.") { return ui[String(name.dropFirst(3))]?.text }
        return node(for: name)?.string
    }
}
