/// Rewrites the links and images of a page body for one output file (SPEC §4, §8):
/// `.md` links become relative links to the emitted page (or the source-locale page),
/// `_assets/` images point at the copied `assets/`, and anything that would be a dead
/// link is unwrapped to plain text, as is any URL `URLSafety` refuses (`javascript:`,
/// `data:`, ...). On tor, external links and images become text.
/// Only inlines change, so leaf numbering for fallback marking stays valid.
struct BodyLinkRewriter {
    let index: SiteIndex
    let page: ChannelPage
    /// Output path of the file being written, relative to the channel root.
    let currentFile: String
    /// Output path of any page of this channel.
    let pageFile: (ChannelPage) -> String
    let style: LinkStyle
    /// Keep `https:`/`mailto:` links and remote images (web, JSON); false on tor.
    let keepExternal: Bool
    /// Text appended inside a link to a page shown in another language ("(in English)"); nil: none.
    var languageHint: String? = nil
    /// What the last `rewrite` found, for attributes the renderer adds.
    private let notes = BodyLinkNotes()

    init(index: SiteIndex, page: ChannelPage, currentFile: String, pageFile: @escaping (ChannelPage) -> String, style: LinkStyle, keepExternal: Bool) {
        self.index = index
        self.page = page
        self.currentFile = currentFile
        self.pageFile = pageFile
        self.style = style
        self.keepExternal = keepExternal
    }

    /// Final hrefs of links to pages in another locale, with that locale (for `hreflang`).
    var foreignLinks: [String: String] { notes.foreign }
    /// Final `src` of rasterized images (tor), with their 2x file and size.
    var rasterImages: [String: RasterImageReference] { notes.raster }

    /// The rewritten body and the channel-root paths of the local assets it references.
    func rewrite(_ body: MarkdownNode) -> (body: MarkdownNode, assets: Set<String>) {
        var assets: Set<String> = []
        guard let nodes = rewrite(body, assets: &assets) else { return (body, assets) }
        return (nodes.first ?? body, assets)
    }

    /// What `node` becomes (children first), or nil when it stays as it is: then
    /// nothing is copied, and a body without links is returned untouched.
    private func rewrite(_ node: MarkdownNode, assets: inout Set<String>) -> [MarkdownNode]? {
        var children: [MarkdownNode]?
        for offset in node.children.indices {
            if let replaced = rewrite(node.children[offset], assets: &assets) {
                if children == nil { children = Array(node.children[..<offset]) }
                children!.append(contentsOf: replaced)
            } else if children != nil {
                children!.append(node.children[offset])
            }
        }
        var node = node
        if let children { node.children = children }
        let unchanged: [MarkdownNode]? = children == nil ? nil : [node]
        switch node.kind {
        case .link(let destination, let title):
            return retarget(node, destination, isImage: false, assets: &assets) { .link(destination: $0, title: title) } ?? unchanged
        case .image(let source, let title):
            return retarget(node, source, isImage: true, assets: &assets) { .image(source: $0, title: title) } ?? unchanged
        default:
            return unchanged
        }
    }

    /// What a link or image becomes; nil when it is kept as it is.
    private func retarget(
        _ node: MarkdownNode, _ destination: String, isImage: Bool, assets: inout Set<String>,
        make: (String) -> MarkdownNode.Kind
    ) -> [MarkdownNode]? {
        switch target(of: destination, isImage: isImage, assets: &assets) {
        case .keep:
            return nil
        case .rewritten(let href):
            var copy = node
            copy.kind = make(href)
            return [copy]
        case .rewrittenForeign(let href):
            var copy = node
            copy.kind = make(href)
            if let languageHint, !isImage { copy.children.append(MarkdownNode(.text(" " + languageHint), range: node.range)) }
            return [copy]
        case .plainText:
            return node.children
        case .plainTextWithURL:
            let text = node.plainText
            let shown = destination.hasPrefix("mailto:") ? String(destination.dropFirst(7)) : destination
            if isImage || text == shown || text == destination { return node.children }
            return node.children + [MarkdownNode(.text(" (\(shown))"), range: node.range)]
        }
    }

    private enum Target { case keep, rewritten(String), rewrittenForeign(String), plainText, plainTextWithURL }

    private func target(of destination: String, isImage: Bool, assets: inout Set<String>) -> Target {
        if destination.isEmpty || destination.hasPrefix("#") { return .keep }
        // `unsafe-url` reports these; whatever the rule's setting, they never become links.
        if !URLSafety.isPublishable(destination) { return .plainText }
        // A phone number is no request and leaks nothing, so `tel:` stays a link on tor too.
        if Self.hasTelScheme(destination) { return isImage ? .plainText : .keep }
        if ChannelPath.isExternal(destination) { return keepExternal ? .keep : .plainTextWithURL }
        let (path, fragment) = ChannelPath.splitFragment(destination)
        let sourceDirectory = ChannelPath.directory(of: page.id)
        guard let resolved = ChannelPath.resolve(path, in: sourceDirectory) else { return .plainText }
        if let id = Self.pageID(resolved: resolved) {
            guard let linked = index.linkTarget(id, from: page.locale) else { return .plainText }
            let href = style.href(from: currentFile, to: pageFile(linked)) + fragment
            guard linked.locale != page.locale else { return .rewritten(href) }
            notes.foreign[href] = linked.locale
            return .rewrittenForeign(href)
        }
        if resolved.hasPrefix("_assets/") {
            let assetPath = String(resolved.dropFirst("_assets/".count))
            if let raster = index.site.rasterImages[assetPath] {
                let output = "assets/" + raster.file
                assets.insert(output)
                let href = ChannelPath.relative(from: currentFile, to: output) + fragment
                notes.raster[href] = RasterImageReference(
                    doubleHref: ChannelPath.relative(from: currentFile, to: "assets/" + raster.doubleFile),
                    doubleFile: "assets/" + raster.doubleFile, width: raster.width, height: raster.height)
                return .rewritten(href)
            }
            guard index.assets[assetPath] != nil else { return .plainText }
            let output = "assets/" + assetPath
            assets.insert(output)
            return .rewritten(ChannelPath.relative(from: currentFile, to: output) + fragment)
        }
        return .plainText
    }
}

extension BodyLinkRewriter {
    /// The id of the page that `destination`, written in the body of page `pageID`, links to
    /// when it names a `.md` file (the page cache keys each page by where these lead).
    static func linkedPageID(_ destination: String, from pageID: String) -> String? {
        let path = ChannelPath.splitFragment(destination).path
        return ChannelPath.resolve(path, in: ChannelPath.directory(of: pageID)).flatMap(pageID(resolved:))
    }

    /// The page id of a resolved source path naming a `.md` file; nil for any other file.
    static func pageID(resolved: String) -> String? {
        resolved.hasSuffix(".md") ? String(resolved.dropLast(3)) : nil
    }

    /// `destination.lowercased().hasPrefix("tel:")` on bytes: no non-ASCII scalar
    /// lowercases to `t`, `e`, `l` or `:`.
    static func hasTelScheme(_ destination: String) -> Bool {
        let utf8 = destination.utf8
        guard utf8.count >= 4 else { return false }
        // A combining mark after the colon joins it into another `Character`.
        if utf8.count > 4, utf8[utf8.index(utf8.startIndex, offsetBy: 4)] >= 0x80 { return destination.lowercased().hasPrefix("tel:") }
        return zip(utf8, "tel:".utf8).allSatisfy { byte, expected in
            byte == expected || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && byte + 32 == expected)
        }
    }
}

/// What a `BodyLinkRewriter` noticed while rewriting one body.
final class BodyLinkNotes {
    var foreign: [String: String] = [:]
    var raster: [String: RasterImageReference] = [:]
}

/// A rasterized image as one page refers to it: the 2x file for `srcset` and the 1x size.
struct RasterImageReference: Sendable {
    var doubleHref: String
    /// Channel-root path of the 2x file (counted in the page weight).
    var doubleFile: String
    var width: Int
    var height: Int

    /// `srcset`, `width` and `height` for the `<img>`.
    var attributes: [MarkdownHTMLOptions.Attribute] {
        [(name: "srcset", value: doubleHref + " 2x"), (name: "width", value: String(width)), (name: "height", value: String(height))]
    }
}
