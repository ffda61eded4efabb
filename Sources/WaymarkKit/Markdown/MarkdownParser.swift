import CCmarkGFM
import Foundation

/// Parses GitHub-flavoured Markdown with cmark-gfm into a `MarkdownNode` tree.
///
/// Every call owns its own cmark parser and frees the C tree before returning,
/// so the parser is safe to use from many threads at once.
///
/// cmark-gfm 0.29 keeps the table of inline "special characters" in a process
/// global that every `cmark_parser_finish` sets for its extensions (`~`, `:`,
/// `w`, ...) and clears again afterwards, so two parses at once can make each
/// other miss strikethrough and autolinks. `cmark_parser_finish` (block
/// finalisation and inline parsing) therefore runs under a lock; feeding the
/// block parser, converting to `MarkdownNode` and everything after run in
/// parallel.
///
/// Freezing the table instead (adding every extension's characters once and
/// emptying the extensions' own lists) does not work with 0.29: emphasis
/// processing finds the strikethrough extension for `~` through that same list,
/// and with it empty, `~~x~~` never advances past its closer and the parse
/// loops forever.
struct MarkdownParser: Sendable {
    /// The GFM extensions Waymark enables (SPEC §4); footnotes are a parser option.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark options used for every parse.
    static let parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES

    /// Registers the core extensions exactly once (a `static let` initializer
    /// runs once, thread-safely).
    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Serialises `cmark_parser_finish` (see the type's documentation).
    private static let cmarkLock = NSLock()

    /// Creates a parser; it holds no state, each `parse` call is independent.
    init() {}

    /// Parses `source` and returns its document node. Never fails: every string
    /// is some Markdown document.
    func parse(_ source: String) -> MarkdownNode {
        Self.countParse(of: source)
        return Self.withCmarkDocument(source) { document, _ in
            CmarkConverter(source: source).convert(document)
        }
    }

    /// Parses `source` with cmark-gfm and hands the C document and the attached
    /// extension list to `body`; the C tree is freed afterwards.
    static func withCmarkDocument<T>(
        _ source: String,
        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        _ = registration
        guard let parser = cmark_parser_new(parseOptions) else {
            return withEmptyDocument(body)
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(source.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        let finished: OpaquePointer? = cmarkLock.withLock { cmark_parser_finish(parser) }
        guard let document = finished else {
            return withEmptyDocument(body)
        }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// Runs `body` on a fresh empty document; only reached if cmark cannot
    /// allocate, which in practice aborts inside cmark first.
    private static func withEmptyDocument<T>(
        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        let document: OpaquePointer = cmark_node_new(CMARK_NODE_DOCUMENT)
        defer { cmark_node_free(document) }
        return body(document, nil)
    }
}
