import CLibXML2
import Foundation

/// Parses untrusted XML through libxml2 with everything dangerous switched off:
/// no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution, no
/// `XML_PARSE_HUGE`, and any `<!DOCTYPE>` refused before its internal subset is read, so
/// XXE, remote DTDs and billion-laughs documents never expand. Errors go to a
/// per-parse handler (no global libxml2 state) and come back as `xliff-syntax`
/// diagnostics with line and column.
struct SecureXMLParser {
    /// Larger inputs are refused before parsing.
    var maximumBytes: Int

    // libxml2 2.9 wants one xmlInitParser() before contexts are used from several
    // threads; a static let runs it exactly once, thread-safely.
    private static let libraryInitialized: Void = xmlInitParser()

    /// The root element, or the diagnostics explaining why there is none.
    func parse(_ data: Data, path: String) -> Result<XMLTreeElement, XMLParseFailure> {
        guard data.count <= maximumBytes else {
            let message = "file is \(data.count) bytes; XLIFF files over \(maximumBytes) bytes are refused"
            return .failure(XMLParseFailure(Diagnostic.xliffSyntax(message, path: path, line: 1, column: 1)))
        }
        guard !data.isEmpty else {
            return .failure(XMLParseFailure(Diagnostic.xliffSyntax("file is empty", path: path, line: 1, column: 1)))
        }
        return data.withUnsafeBytes { buffer in
            parse(buffer, path: path)
        }
    }

    private func parse(_ buffer: UnsafeRawBufferPointer, path: String) -> Result<XMLTreeElement, XMLParseFailure> {
        Self.libraryInitialized
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self), let context = xmlNewParserCtxt() else {
            return .failure(XMLParseFailure(Diagnostic.xliffSyntax("XML parser could not start", path: path, line: 1, column: 1)))
        }
        let collector = XMLErrorCollector()
        let retained = Unmanaged.passRetained(collector)
        defer {
            xmlFreeParserCtxt(context)
            retained.release()
        }
        // The context (and its private SAX handler copy) belongs to this parse alone, so
        // errors and DOCTYPE refusals reach this collector and no other thread's.
        context.pointee._private = retained.toOpaque()
        XMLErrorCollector.install(on: context)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = xmlCtxtReadMemory(context, base, Int32(buffer.count), path, nil, options)
        defer { if let document { xmlFreeDoc(document) } }
        if let failure = collector.failure(path: path) { return .failure(failure) }
        guard context.pointee.wellFormed != 0, let document, let root = xmlDocGetRootElement(document) else {
            return .failure(XMLParseFailure(Diagnostic.xliffSyntax("not a well-formed XML document", path: path, line: 1, column: 1)))
        }
        return .success(XMLTreeBuilder.element(root))
    }
}

/// Why a document could not be parsed: at least one `xliff-syntax` error.
struct XMLParseFailure: Error, Sendable {
    /// The diagnostics, first error first.
    var diagnostics: [Diagnostic]

    init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }
    init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

extension Diagnostic {
    /// An `xliff-syntax` error at `path:line:column`.
    static func xliffSyntax(_ message: String, path: String, line: Int, column: Int) -> Diagnostic {
        XLIFFSyntaxRule.diagnostic(message, at: SourceLocation(path: path, line: line, column: column))
    }
}
