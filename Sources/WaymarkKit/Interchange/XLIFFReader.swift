import Foundation

/// Reads XLIFF 2.x and 1.2 files (Waymark's own and real-world CAT tool output) into an
/// `InterchangeDocument`, mapping inline codes back to Markdown. Parsing goes through
/// `SecureXMLParser`; every problem is an `xliff-syntax` diagnostic with a place.
/// Whether unit ids exist in the catalogs is checked later, by `ImportMerge`.
struct XLIFFReader {
    /// Files larger than this are refused before they are read (default 50 MB).
    var maximumBytes = 50_000_000

    /// Reads the file at `url`; `path` is how diagnostics name it.
    func read(contentsOf url: URL, path: String) -> XLIFFReadResult {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
        if let size, size > maximumBytes {
            let message = "file is \(size) bytes; XLIFF files over \(maximumBytes) bytes are refused"
            return XLIFFReadResult(diagnostics: [Diagnostic.xliffSyntax(message, path: path, line: 1, column: 1)])
        }
        guard let data = try? Data(contentsOf: url) else {
            return XLIFFReadResult(diagnostics: [Diagnostic.xliffSyntax("cannot read file", path: path, line: 1, column: 1)])
        }
        return read(data, path: path)
    }

    /// Reads XLIFF from memory; `path` is how diagnostics name it.
    func read(_ data: Data, path: String) -> XLIFFReadResult {
        switch SecureXMLParser(maximumBytes: maximumBytes).parse(data, path: path) {
        case .failure(let failure):
            return XLIFFReadResult(diagnostics: failure.diagnostics)
        case .success(let root):
            var context = XLIFFReadContext(path: path)
            let version = Self.version(of: root)
            let document: InterchangeDocument?
            switch version {
            case .xliff2: document = XLIFF2Reader.document(root, &context)
            case .xliff12: document = XLIFF12Reader.document(root, &context)
            case nil:
                let namespace = root.namespace ?? "no namespace"
                context.error("not an XLIFF 1.2 or 2.x document: root <\(root.name)> in \(namespace)", line: root.line)
                document = nil
            }
            return XLIFFReadResult(
                document: document, version: version,
                diagnostics: context.diagnostics, locations: context.locations
            )
        }
    }

    /// The version from the root namespace (or, for namespace-less 1.x files, `version`);
    /// XLIFF 1.0/1.1 count as 1.2.
    static func version(of root: XMLTreeElement) -> XLIFFVersion? {
        guard root.name == "xliff" else { return nil }
        switch root.namespace {
        case XLIFFVersion.xliff2.namespace?: return .xliff2
        case nil: return root.attribute("version")?.hasPrefix("1.") == true ? .xliff12 : nil
        // 1.0 and 1.1 (translate-toolkit's po2xliff writes 1.1) read like 1.2.
        case let namespace?: return namespace.hasPrefix("urn:oasis:names:tc:xliff:document:1.") ? .xliff12 : nil
        }
    }
}

/// What `XLIFFReader` found: the document (unless the file could not be read at all),
/// diagnostics, and the line of each unit for later diagnostics.
struct XLIFFReadResult: Sendable {
    /// The units read; `nil` when the file is not usable XLIFF.
    var document: InterchangeDocument?
    /// The detected version.
    var version: XLIFFVersion?
    /// `xliff-syntax` errors; a caller must not merge a document that has any.
    var diagnostics: [Diagnostic]
    /// Where each unit starts in the XLIFF file.
    var locations: [InterchangeUnitReference: SourceLocation]

    init(
        document: InterchangeDocument? = nil, version: XLIFFVersion? = nil,
        diagnostics: [Diagnostic] = [], locations: [InterchangeUnitReference: SourceLocation] = [:]
    ) {
        self.document = document
        self.version = version
        self.diagnostics = diagnostics
        self.locations = locations
    }
}

/// Diagnostics and unit locations gathered while mapping a parsed tree.
struct XLIFFReadContext {
    /// The XLIFF file as diagnostics name it.
    let path: String
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []
    /// Unit start lines.
    var locations: [InterchangeUnitReference: SourceLocation] = [:]

    /// Records an `xliff-syntax` error at `line`.
    mutating func error(_ message: String, line: Int) {
        diagnostics.append(Diagnostic.xliffSyntax(message, path: path, line: line, column: 1))
    }

    /// Records where a unit starts.
    mutating func locate(_ unitID: String, in filePath: String, line: Int) {
        locations[InterchangeUnitReference(filePath: filePath, unitID: unitID)] =
            SourceLocation(path: path, line: line, column: 1)
    }
}
