/// How `MarkdownHTMLRenderer` turns a document into HTML; the hooks let each
/// channel rewrite links and images and mark fallback text.
struct MarkdownHTMLOptions: Sendable {
    /// An extra attribute on a leaf block's element.
    typealias Attribute = (name: String, value: String)

    /// Keep raw HTML (cmark's `--unsafe`); otherwise it becomes
    /// `<!-- raw HTML omitted -->` and dangerous URLs become empty.
    var allowRawHTML: Bool
    /// Maps a link destination as written (`02-passwords.md`) to its final URL.
    var resolveLink: @Sendable (String) -> String
    /// Maps an image source as written to its final URL.
    var resolveImage: @Sendable (String) -> String
    /// Extra attributes for the leaf block with a given leaf index
    /// (`MarkdownNode.forEachLeaf`), e.g. `lang="en" class="wm-fallback"`.
    /// A tight-list paragraph has no element, so its content is wrapped in `<span>`.
    var leafAttributes: @Sendable (Int) -> [Attribute]
    /// Applied to raw HTML before it is written (when `allowRawHTML` is on); channels
    /// pass `RawHTMLSanitizer`, the cmark-identical default keeps it as written.
    var rawHTML: @Sendable (String) -> String = { $0 }
    /// Render GFM task items as plain items with a drawn box (`<li class="wm-task">`)
    /// instead of cmark's disabled, unlabelled `<input type="checkbox">`.
    var taskItemsAsText = false
    /// When set, every table is wrapped in a keyboard-focusable, labelled scroll region
    /// (`<div class="wm-table" role="region" tabindex="0" aria-label="…">`).
    var tableRegionLabel: String? = nil
    /// Extra attributes for a link, by its final URL (e.g. `hreflang`).
    var linkAttributes: @Sendable (String) -> [Attribute] = { _ in [] }
    /// Extra attributes for an image, by its final URL (e.g. `srcset`, `width`, `height`).
    var imageAttributes: @Sendable (String) -> [Attribute] = { _ in [] }

    /// Creates options; the defaults render exactly like `cmark-gfm` with all
    /// GFM extensions and footnotes.
    init(
        allowRawHTML: Bool = false,
        resolveLink: @escaping @Sendable (String) -> String = { $0 },
        resolveImage: @escaping @Sendable (String) -> String = { $0 },
        leafAttributes: @escaping @Sendable (Int) -> [Attribute] = { _ in [] }
    ) {
        self.allowRawHTML = allowRawHTML
        self.resolveLink = resolveLink
        self.resolveImage = resolveImage
        self.leafAttributes = leafAttributes
    }
}

extension MarkdownHTMLOptions {
    /// A `leafAttributes` hook marking `leaves` as fallback text in the source
    /// locale (SPEC §5.3): `lang="<sourceLocale>" class="wm-fallback"`.
    static func fallbackMarking(leaves: Set<Int>, sourceLocale: String) -> @Sendable (Int) -> [Attribute] {
        { leaves.contains($0) ? [(name: "lang", value: sourceLocale), (name: "class", value: "wm-fallback")] : [] }
    }
}
