/// The one place where channel templates turn text into HTML. It delegates to the
/// Markdown renderer's `HTMLWriter`, so page chrome and page bodies escape alike.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"`, for text content and double-quoted attribute values.
    static func escape(_ string: String) -> String {
        var writer = HTMLWriter()
        writer.text(string)
        return writer.html
    }

    /// Escapes a URL for an `href`/`src` value exactly as cmark does (percent-encoding
    /// bytes outside its safe set), so template links and body links look the same.
    static func escapeURL(_ string: String) -> String {
        var writer = HTMLWriter()
        writer.url(string)
        return writer.html
    }

    /// Attributes whose values are URLs.
    static let urlAttributes: Set<String> = ["href", "src"]
}
