import CLibXML2
import Foundation

/// Makes an SVG asset safe to publish (SPEC §8 hardening), on the bytes alone, so any
/// later step (metadata stripping, rasterizing for tor) works on a safe document.
/// An SVG opened directly (not through `<img>`) is a document that runs scripts and
/// loads resources, so libxml2 parses it (no network, no DTD loading, no entity
/// substitution) and everything that could act or load is removed:
/// `<script>`, `<foreignObject>`, XHTML elements, `<iframe>`/`<object>`/`<embed>`,
/// `on*` event handlers, `href`/`xlink:href`/`src` to anything but a local `#id`, a
/// relative file or an embedded raster image, `url(...)` to anything but `#id`,
/// `<style>` with `@import` or outside URLs, animations that rewrite links or handlers,
/// and processing instructions (`<?xml-stylesheet?>`). A document that cannot be
/// parsed, is not SVG, or declares entities cannot be made safe and is refused.
enum SVGSanitizer {
    /// What became of one SVG.
    enum Outcome: Sendable, Equatable {
        /// Nothing to remove: publish the original bytes.
        case clean
        /// Publish `data`; `removed` says what was taken out, with the line of each.
        case sanitized(Data, removed: [Removal])
        /// Cannot be made safe: publish nothing.
        case refused(String)
    }

    /// One thing removed from the document.
    struct Removal: Sendable, Equatable {
        var what: String
        var line: Int
    }

    /// SVGs over this size are refused before parsing.
    static let maximumBytes = 4 * 1024 * 1024

    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    private static let libraryInitialized: Void = xmlInitParser()

    /// Whether `path` names an SVG file.
    static func isSVG(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".svg")
    }

    /// The bytes to publish for the asset at `path`: unchanged unless it is an SVG, the
    /// sanitized SVG, or nil when the SVG is refused.
    static func publishable(_ data: Data, path: String) -> Data? {
        guard isSVG(path) else { return data }
        switch sanitize(data) {
        case .clean: return data
        case .sanitized(let safe, _): return safe
        case .refused: return nil
        }
    }

    /// Sanitizes `data`, the bytes of an SVG file.
    static func sanitize(_ data: Data) -> Outcome {
        guard data.count <= maximumBytes else { return .refused("the SVG is over \(maximumBytes) bytes") }
        guard !data.isEmpty else { return .refused("the SVG file is empty") }
        libraryInitialized
        return data.withUnsafeBytes { buffer -> Outcome in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self), let context = xmlNewParserCtxt() else {
                return .refused("the XML parser could not start")
            }
            defer { xmlFreeParserCtxt(context) }
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            guard let document = xmlCtxtReadMemory(context, base, Int32(buffer.count), "asset.svg", nil, options) else {
                return .refused("the SVG is not well-formed XML")
            }
            defer { xmlFreeDoc(document) }
            guard context.pointee.wellFormed != 0 else { return .refused("the SVG is not well-formed XML") }
            return sanitize(document)
        }
    }

    private static func sanitize(_ document: xmlDocPtr) -> Outcome {
        if let subset = document.pointee.intSubset, declaresEntities(subset) {
            return .refused("the SVG declares entities in its DOCTYPE, which can expand without bound or read files")
        }
        guard let root = xmlDocGetRootElement(document), localName(root) == "svg", namespace(root) == svgNamespace else {
            return .refused("the file is not an SVG document (root <svg> in the SVG namespace)")
        }
        var walker = SVGTreeWalker()
        var node = document.pointee.children
        while let current = node {
            node = current.pointee.next
            walker.visit(current)
        }
        if let refusal = walker.refusal { return .refused(refusal) }
        guard !walker.removed.isEmpty else { return .clean }
        guard let buffer = xmlBufferCreate() else { return .refused("the sanitized SVG could not be written") }
        defer { xmlBufferFree(buffer) }
        guard let saver = xmlSaveToBuffer(buffer, "UTF-8", 0) else { return .refused("the sanitized SVG could not be written") }
        xmlSaveDoc(saver, document)
        xmlSaveClose(saver)
        guard let bytes = xmlBufferContent(buffer) else { return .refused("the sanitized SVG could not be written") }
        return .sanitized(Data(bytes: bytes, count: Int(xmlBufferLength(buffer))), removed: walker.removed)
    }

    private static func declaresEntities(_ subset: UnsafeMutablePointer<xmlDtd>) -> Bool {
        var child = subset.pointee.children
        while let current = child {
            if current.pointee.type == XML_ENTITY_DECL { return true }
            child = current.pointee.next
        }
        return subset.pointee.entities != nil || subset.pointee.pentities != nil
    }

    /// The element's or attribute's local name, lowercased.
    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The element's namespace URI, if any.
    static func namespace(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }
}
