/// `sitemap.xml` with `xhtml:link` hreflang alternates (web profile with a base URL only).
struct Sitemap {
    let policy: HTMLProfilePolicy
    let documents: [HTMLAlternates]

    /// The sitemap text, or nil when the channel has no absolute URLs.
    var xml: String? {
        guard policy.baseURL != nil else { return nil }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        for document in documents {
            guard let location = policy.absoluteURL(document.file) else { continue }
            lines.append("<url><loc>\(HTMLEscaping.escape(location))</loc>")
            for alternate in document.alternates where document.alternates.count > 1 {
                guard let href = policy.absoluteURL(alternate.file) else { continue }
                lines.append(#"<xhtml:link rel="alternate" hreflang="\#(HTMLEscaping.escape(alternate.locale))" href="\#(HTMLEscaping.escape(href))"/>"#)
            }
            lines.append("</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
