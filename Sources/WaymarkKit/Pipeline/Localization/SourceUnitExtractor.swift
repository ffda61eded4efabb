/// Splits every source file into the units translators see (SPEC §5): page
/// front matter and body segments, program metadata, UI strings and the
/// translatable `_data` fields, in source order.
struct SourceUnitExtractor: Sendable {
    var project: ContentProject

    /// `reusable` answers the units of a page unchanged since an earlier build (`serve`):
    /// a page's units are a function of the page alone.
    func allFiles(reusable: @Sendable (SourcePage) -> SourceFileUnits? = { _ in nil }) -> [SourceFileUnits] {
        var files: [SourceFileUnits] = []
        for program in project.programs {
            files.append(programUnits(program))
            files += program.pages.parallelMap { page in reusable(page) ?? pageUnits(page) }
        }
        if let ui = uiUnits() { files.append(ui) }
        files += project.data.compactMap(dataUnits)
        return files
    }

    func pageUnits(_ page: SourcePage) -> SourceFileUnits {
        let segments = Segmenter().segments(source: page.body, document: page.document)
        let leaves = page.document.leafBlocks
        let words = segments.map { segment in
            segment.kind == .imageAlt || !leaves.indices.contains(segment.leafIndex)
                ? CatalogSource.countWords(segment.text)
                : CatalogSource.countWords(leaves[segment.leafIndex].plainText)
        }
        return Self.pageUnits(page, segments: segments, segmentWords: words)
    }

    /// The units of `page` made from its segments and each segment's word count: what
    /// `pageUnits(_:)` works out from the tree, and what the page-load cache keeps of them.
    static func pageUnits(_ page: SourcePage, segments: [Segment], segmentWords: [Int]) -> SourceFileUnits {
        var units: [SourceUnit] = []
        // Exact capacity: the units stay in memory for the whole command (issue 10).
        units.reserveCapacity(segments.count + 2)
        let matter = page.frontMatter
        units.append(SourceUnit(role: .pageTitle, source: CatalogSource(
            msgid: matter.title, references: ["\(page.path):\(matter.titleLine)"], extractedComments: ["Page title"])))
        if let description = matter.description, !description.isEmpty {
            units.append(SourceUnit(role: .pageDescription, source: CatalogSource(
                msgid: description, references: ["\(page.path):\(matter.descriptionLine)"], extractedComments: ["Page description (search results and link previews)"])))
        }
        for (index, (segment, words)) in zip(segments, segmentWords).enumerated() {
            units.append(SourceUnit(role: .segment(index), source: CatalogSource(
                msgid: segment.text, references: ["\(page.path):\(segment.line)"],
                extractedComments: comments(for: segment.kind), wordCount: words)))
        }
        return SourceFileUnits(kind: .page, sourcePath: page.path, catalogName: SourceFileUnits.catalogName(for: page.path),
                               units: units, segments: segments, isTranslatable: page.frontMatter.translate)
    }

    /// `comment(for:)` as a one-element array shared by every unit of that kind,
    /// instead of one array (and, for long comments, one string) per unit.
    static func comments(for kind: Segment.Kind) -> [String] {
        switch kind {
        case .paragraph: return []
        case .heading: return headingComments
        case .tableCell: return tableCellComments
        case .imageAlt: return imageAltComments
        }
    }

    private static let headingComments = [comment(for: .heading)!]
    private static let tableCellComments = [comment(for: .tableCell)!]
    private static let imageAltComments = [comment(for: .imageAlt)!]

    static func comment(for kind: Segment.Kind) -> String? {
        switch kind {
        case .paragraph: return nil
        case .heading: return "Heading"
        case .tableCell: return "Table cell"
        case .imageAlt: return "Image description (alt text) for people who cannot see the picture"
        }
    }

    func programUnits(_ program: Program) -> SourceFileUnits {
        var units = [SourceUnit(role: .programTitle, source: CatalogSource(
            msgid: program.title, references: ["\(program.path):\(program.titleLine)"], extractedComments: ["Program title"]))]
        if !program.description.isEmpty {
            units.append(SourceUnit(role: .programDescription, source: CatalogSource(
                msgid: program.description, references: ["\(program.path):\(program.descriptionLine)"], extractedComments: ["Program description"])))
        }
        return SourceFileUnits(kind: .program, sourcePath: program.path, catalogName: SourceFileUnits.catalogName(for: program.path),
                               units: units, segments: [], isTranslatable: true)
    }

    func uiUnits() -> SourceFileUnits? {
        guard !project.ui.isEmpty else { return nil }
        let path = UIStringsLoader.path
        let units = project.ui.map { string -> SourceUnit in
            let reference = ["\(path):\(string.line)"]
            let source: CatalogSource
            if string.isPlural {
                source = CatalogSource(msgctxt: string.key, msgid: string.forms["one"] ?? string.text, msgidPlural: string.forms["other"] ?? string.text, references: reference)
            } else {
                source = CatalogSource(msgctxt: string.key, msgid: string.text, references: reference)
            }
            return SourceUnit(role: .uiString(key: string.key), source: source)
        }
        return SourceFileUnits(kind: .ui, sourcePath: path, catalogName: SourceFileUnits.catalogName(for: path), units: units, segments: [], isTranslatable: true)
    }

    func dataUnits(_ file: DataFile) -> SourceFileUnits? {
        guard let fields = project.configuration.translatableDataFields[file.name], !fields.isEmpty else { return nil }
        var units: [SourceUnit] = []
        collect(file.root, path: file.name, fields: Set(fields), file: file, into: &units)
        return SourceFileUnits(kind: .data, sourcePath: file.path, catalogName: SourceFileUnits.catalogName(for: file.path), units: units, segments: [], isTranslatable: true)
    }

    private func collect(_ node: YAMLNode, path: String, fields: Set<String>, file: DataFile, into units: inout [SourceUnit]) {
        if let items = node.items {
            for (index, item) in items.enumerated() { collect(item, path: "\(path).\(index)", fields: fields, file: file, into: &units) }
        } else if let pairs = node.pairs {
            for pair in pairs {
                let childPath = "\(path).\(pair.key)"
                if fields.contains(pair.key), let text = pair.value.string, !text.isEmpty {
                    units.append(SourceUnit(role: .dataField(path: childPath), source: CatalogSource(
                        msgctxt: childPath, msgid: text, references: ["\(file.path):\(pair.value.line)"])))
                } else {
                    collect(pair.value, path: childPath, fields: fields, file: file, into: &units)
                }
            }
        }
    }
}
