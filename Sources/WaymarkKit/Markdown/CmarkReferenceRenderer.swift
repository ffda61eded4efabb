import CCmarkGFM

/// cmark-gfm's own C HTML renderer, run in-process on the same parse as
/// `MarkdownParser`. It is the oracle the Swift renderer is tested against and
/// the baseline for parsing benchmarks; production output never uses it.
enum CmarkReferenceRenderer {
    /// The HTML `cmark_render_html` produces for `source` (with `--unsafe` when `unsafe`).
    static func html(_ source: String, unsafe: Bool = false) -> String {
        MarkdownParser.withCmarkDocument(source) { document, extensions in
            // No CMARK_OPT_SOURCEPOS here: it would add data-sourcepos attributes.
            var options = CMARK_OPT_FOOTNOTES
            if unsafe { options |= CMARK_OPT_UNSAFE }
            guard let rendered = cmark_render_html(document, options, extensions) else { return "" }
            defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
            return String(cString: rendered)
        }
    }
}
