/// `sitemap.xml` with `xhtml:link` hreflang alternates (web profile with a base URL only).
struct Sitemap {
    let policy: HTMLProfilePolicy
    let documents: [HTMLAlternates]

    /// The sitemap text, or nil when the channel has no absolute URLs.
    var xml: String? {
        guard let base = policy.baseURL else { return nil }
        // A sitemap lists every page in every locale with its alternates, tens of thousands of
        // lines: made in pieces of 1,024 documents on every core, joined in order.
        let documents = documents
        let pieces = stride(from: 0, to: documents.count, by: 1_024).map { $0..<min($0 + 1_024, documents.count) }
            .parallelMap { range in Self.urls(documents[range], base: base) }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"# + "\n"
        xml.reserveCapacity(xml.utf8.count + pieces.reduce(0) { $0 + $1.utf8.count } + 10)
        for piece in pieces { xml += piece }
        xml += "</urlset>\n"
        return xml
    }

    /// The `<url>` elements of `documents`, each URL made from `base` (worked out once).
    private static func urls(_ documents: ArraySlice<HTMLAlternates>, base: String) -> String {
        var xml = ""
        xml.reserveCapacity(documents.count * (documents.first.map { 160 * max(1, $0.alternates.count) } ?? 0))
        for document in documents {
            xml += "<url><loc>" + HTMLEscaping.escape(HTMLProfilePolicy.absoluteURL(document.file, base: base)) + "</loc>\n"
            for alternate in document.alternates where document.alternates.count > 1 {
                let href = HTMLProfilePolicy.absoluteURL(alternate.file, base: base)
                xml += #"<xhtml:link rel="alternate" hreflang=""# + HTMLEscaping.escape(alternate.locale) + #"" href=""# + HTMLEscaping.escape(href) + #""/>"# + "\n"
            }
            xml += "</url>\n"
        }
        return xml
    }
}
