import Foundation

/// The parsers that read untrusted bytes, each as one entry point for
/// libFuzzer (`make fuzz`) and for the unit test that replays every crasher
/// found so far (`Tests/WaymarkKitTests/Fixtures/fuzz-crashers/<target>/`).
/// An entry point must never crash, whatever the bytes; any diagnostics are
/// fine and ignored.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The Markdown segmenter, then the reassembler with the segments shuffled in as translations.
    case markdown
    /// The PO reader, then a write and a second read of what it wrote.
    case po
    /// The YAML loaders: the first byte picks which project file the rest becomes.
    case yaml
    /// The XLIFF 1.2 / 2.x importer's reader.
    case xliff
    /// The `{{placeholder}}` scanner and expander, on text and on a parsed page.
    case placeholder

    /// Runs the target on one input.
    public func run(_ data: Data) {
        switch self {
        case .markdown: Self.markdown(data)
        case .po: Self.po(data)
        case .yaml: Self.yaml(data)
        case .xliff: _ = XLIFFReader().read(data, path: "fuzz.xlf")
        case .placeholder: Self.placeholder(data)
        }
    }

    private static func markdown(_ data: Data) {
        let source = String(decoding: data, as: UTF8.self)
        let document = MarkdownParser().parse(source)
        let segments = Segmenter().segments(source: source, document: document)
        // Each segment gets its neighbour's text: real Markdown in the wrong place.
        let translations: [String?] = segments.indices.map { index in
            index % 3 == 2 ? nil : segments[(index + 1) % segments.count].text
        }
        _ = Reassembler().reassemble(source: source, document: document, segments: segments, translations: translations)
    }

    private static func po(_ data: Data) {
        let parsed = POParser.parse(data: data, path: "fuzz.po")
        let written = POWriter.data(parsed.catalog)
        _ = POParser.parse(data: written, path: "fuzz.po")
    }

    /// The project files whose YAML the loaders read.
    static let yamlSlots = [
        "waymark.yaml", "Source-Content/getting-started/_program.yaml", "Source-Content/_ui.yaml",
        "Source-Content/_data/fuzz.yaml", "Source-Content/getting-started/01-welcome.md",
    ]

    private static func yaml(_ data: Data) {
        guard let selector = data.first else { return }
        let slot = yamlSlots[Int(selector) % yamlSlots.count]
        var body = String(decoding: data.dropFirst(), as: UTF8.self)
        if slot.hasSuffix(".md") { body = "---\n" + body + "\n---\n\nText.\n" }
        var files = ProjectFiles(texts: ProjectTemplate.files(name: "fuzz", sourceLocale: "en", locales: ["es"]))
        files.files[slot] = Data(body.utf8)
        _ = try? ProjectAnalysis.load(files)
    }

    private static func placeholder(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let resolve: (String) -> String? = { name in name.count % 2 == 0 ? "{{\(name)}}*" : nil }
        _ = Placeholder.expand(text, resolve)
        _ = PlaceholderExpander.expand(MarkdownParser().parse(text), resolve)
    }
}
