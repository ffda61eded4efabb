/// `sitemap.xml` with `xhtml:link` hreflang alternates (web profile with a base URL only).
struct Sitemap {
    let policy: HTMLProfilePolicy
    let documents: [HTMLAlternates]

    /// The sitemap text, or nil when the channel has no absolute URLs.
    var xml: String? {
        guard let base = policy.baseURL else { return nil }
        // One string appended to, each URL made from the base worked out once: a sitemap
        // lists every page in every locale with its alternates, tens of thousands of lines.
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"# + "\n"
        xml.reserveCapacity(documents.count * (documents.first.map { 160 * max(1, $0.alternates.count) } ?? 0))
        for document in documents {
            xml += "<url><loc>" + HTMLEscaping.escape(HTMLProfilePolicy.absoluteURL(document.file, base: base)) + "</loc>\n"
            for alternate in document.alternates where document.alternates.count > 1 {
                let href = HTMLProfilePolicy.absoluteURL(alternate.file, base: base)
                xml += #"<xhtml:link rel="alternate" hreflang=""# + HTMLEscaping.escape(alternate.locale) + #"" href=""# + HTMLEscaping.escape(href) + #""/>"# + "\n"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
