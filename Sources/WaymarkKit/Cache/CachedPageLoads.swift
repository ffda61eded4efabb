import Foundation

/// The page-load cache: what loading and segmenting one page gave (its front matter,
/// heading ids, segments with their word counts, and what loading it reported), keyed
/// by the Waymark build, the page's path and the digest of its bytes: `PageLoader` and
/// `SourceUnitExtractor.pageUnits` read nothing else. A page answered here is not read
/// by the YAML parser or by cmark-gfm; its tree is parsed the first time something reads
/// it (`SourcePage.document`): a page localized, checked or rendered again.
struct CachedPageLoads: Sendable {
    static let namespace = "page-loads"

    /// What the cache holds for one page file.
    struct Answer: Sendable {
        var key: CacheKey
        /// The load, its units among it (nil: not stored, or stored in a form this build does not read).
        var load: ContentLoader.PageLoad?
        /// The warning for a damaged entry (the page is then loaded again and stored).
        var problem: Diagnostic?
    }

    let context: CacheContext

    /// The stored load of the page at `path` of program `program`; nil when the snapshot has no bytes for it.
    func answer(path: String, program: String, files: ProjectFiles) -> Answer? {
        guard let key = context.fileKey(Self.namespace, path: path) else { return nil }
        let found = context.store.lookup(key, in: Self.namespace) { try Self.decode($0, path: path, program: program, files: files) }
        return Answer(key: key, load: found.value, problem: found.problem)
    }

    /// Stores `load` (with `units`, the page's units, when it loaded) for `key`.
    func store(_ load: ContentLoader.PageLoad, units: SourceFileUnits?, for key: CacheKey) {
        context.store.store(Self.encode(load, units: units), for: key, in: Self.namespace)
    }

    static func encode(_ load: ContentLoader.PageLoad, units: SourceFileUnits?) -> Data {
        var writer = CacheWriter()
        DiagnosticCoding.encode(load.diagnostics, countedInto: &writer)
        guard let page = load.page, let units else {
            writer.bool(false)
            return writer.data
        }
        writer.bool(true)
        let matter = page.frontMatter
        writer.string(matter.title)
        writer.int(matter.titleLine)
        writer.optional(matter.description)
        writer.int(matter.descriptionLine)
        writer.optional(matter.audience)
        writer.bool(matter.audienceLocation != nil)
        if let at = matter.audienceLocation {
            writer.int(at.line)
            writer.int(at.column)
        }
        writer.bool(matter.draft)
        writer.bool(matter.translate)
        writer.int(page.headingIDs.count)
        for id in page.headingIDs { writer.string(id) }
        // A segment's word count is its unit's; the other units are made from the front matter.
        var words = Array(repeating: 0, count: units.segments.count)
        for unit in units.units {
            if case .segment(let index) = unit.role, words.indices.contains(index) { words[index] = unit.source.wordCount }
        }
        writer.int(units.segments.count)
        for (segment, count) in zip(units.segments, words) {
            writer.string(segment.kind.rawValue)
            writer.string(segment.text)
            writer.int(segment.line)
            writer.int(segment.column)
            writer.int(segment.leafIndex)
            writer.int(segment.span.firstLine)
            writer.bool(segment.span.allowsNewlines)
            writer.int(segment.span.ranges.count)
            for range in segment.span.ranges {
                writer.int(range.lowerBound)
                writer.int(range.count)
            }
            writer.int(count)
        }
        return writer.data
    }

    /// The load `encode` wrote, the page's body cut from the snapshot's bytes again.
    static func decode(_ data: Data, path: String, program: String, files: ProjectFiles) throws(CacheReader.Malformed) -> ContentLoader.PageLoad {
        var reader = CacheReader(data)
        let diagnostics = try DiagnosticCoding.decode(counted: &reader)
        guard try reader.bool() else { return ContentLoader.PageLoad(page: nil, diagnostics: diagnostics) }
        var matter = FrontMatter()
        matter.title = try reader.string()
        matter.titleLine = try reader.int()
        matter.description = try reader.optional()
        matter.descriptionLine = try reader.int()
        matter.audience = try reader.optional()
        if try reader.bool() { matter.audienceLocation = SourceLocation(path: path, line: try reader.int(), column: try reader.int()) }
        matter.draft = try reader.bool()
        matter.translate = try reader.bool()
        let headingIDs = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) in try reader.string() }
        var segments: [Segment] = []
        var words: [Int] = []
        let count = try reader.int()
        guard count >= 0, count <= data.count else { throw CacheReader.Malformed() }
        segments.reserveCapacity(count)
        words.reserveCapacity(count)
        for _ in 0..<count {
            guard let kind = Segment.Kind(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
            let text = try reader.string(), line = try reader.int(), column = try reader.int(), leaf = try reader.int()
            let firstLine = try reader.int(), allowsNewlines = try reader.bool()
            let ranges = try reader.array { (reader: inout CacheReader) throws(CacheReader.Malformed) -> Range<Int> in
                let start = try reader.int(), length = try reader.int()
                guard start >= 0, length >= 0 else { throw CacheReader.Malformed() }
                return start..<start + length
            }
            segments.append(Segment(kind: kind, text: text, line: line, column: column, leafIndex: leaf,
                                    span: SegmentSpan(firstLine: firstLine, ranges: ranges, allowsNewlines: allowsNewlines)))
            words.append(try reader.int())
        }
        guard reader.isAtEnd, let body = PageLoader.body(path: path, files: files) else { throw CacheReader.Malformed() }
        let page = PageLoader.page(path: path, program: program, frontMatter: matter, body: body, headingIDs: headingIDs)
        let units = SourceUnitExtractor.pageUnits(page, segments: segments, segmentWords: words)
        return ContentLoader.PageLoad(page: page, diagnostics: diagnostics, units: units)
    }
}
