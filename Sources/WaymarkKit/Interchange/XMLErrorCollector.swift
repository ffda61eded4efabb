import CLibXML2
import Foundation

/// Receives one parse's libxml2 errors and DOCTYPE sightings through the parser
/// context (`_private`), never through libxml2's global handlers.
final class XMLErrorCollector {
    private struct Report {
        var message: String
        var line: Int
        var column: Int
    }

    private var errors: [Report] = []
    private var refusedDoctype: Report?

    /// Points the context's SAX error and DTD callbacks at the collector in `_private`.
    static func install(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.serror = { userData, error in
            guard let error, let collector = XMLErrorCollector.from(userData) else { return }
            collector.record(error.pointee)
        }
        sax.pointee.internalSubset = { userData, name, _, _ in
            guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
                  let collector = XMLErrorCollector.from(userData)
            else { return }
            let line = Int(context.pointee.input?.pointee.line ?? 1)
            let column = Int(context.pointee.input?.pointee.col ?? 1)
            let rootName = name.map { String(cString: $0) } ?? ""
            collector.refusedDoctype = Report(
                message: "DOCTYPE \(rootName) refused: XLIFF needs no DTD, and DTDs can declare entities "
                    + "(external files, network, exponential expansion)",
                line: line, column: column
            )
            xmlStopParser(context)
        }
    }

    private static func from(_ userData: UnsafeMutableRawPointer?) -> XMLErrorCollector? {
        guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
              let opaque = context.pointee._private
        else { return nil }
        return Unmanaged<XMLErrorCollector>.fromOpaque(opaque).takeUnretainedValue()
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, errors.count < 20 else { return }
        let message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        errors.append(Report(
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            line: Int(error.line), column: Int(error.int2)
        ))
    }

    /// The refusal or the first libxml2 error as a diagnostic, if parsing went wrong.
    func failure(path: String) -> XMLParseFailure? {
        guard let report = refusedDoctype ?? errors.first else { return nil }
        return XMLParseFailure(Diagnostic.xliffSyntax(report.message, path: path, line: report.line, column: report.column))
    }
}
