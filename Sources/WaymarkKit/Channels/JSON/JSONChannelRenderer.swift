import Foundation

/// Renders a JSON channel (SPEC §8) for apps: one file per page with metadata, an
/// HTML body fragment and a typed block tree; an index per locale; a root index;
/// the page JSON Schema; and the assets the pages reference.
struct JSONChannelRenderer: ChannelRenderer {
    /// Renders every file of the channel into `output`, pages in parallel.
    func render(_ site: ChannelSite, into output: ChannelOutput) -> ChannelRendering {
        guard let schema = ChannelResource.pageSchema else {
            return ChannelRendering(files: [], diagnostics: [ChannelResource.missing("page.schema.json")])
        }
        let index = SiteIndex(site)
        output.emit(OutputFile(path: JSONLayout.schemaFile, contents: schema))
        for asset in site.assets { output.emit(OutputFile(path: "assets/" + asset.path, contents: asset.contents)) }
        let pages = site.locales.flatMap { $0.programs.flatMap(\.pages) }
        let cache = site.cache.map { CachedPages(context: $0, site: site) }
        let problems = pages.parallelMap { page -> Diagnostic? in
            let render = { pageFile(page, site: site, index: index) }
            guard let cache else {
                output.emit(OutputFile(path: JSONLayout.pageFile(page), contents: Data(render())))
                return nil
            }
            let key = cache.key(page, program: page.program) { SiteOutline.links(of: page, index: index, into: &$0) }
            return cache.emit(key, path: JSONLayout.pageFile(page), into: output) { (Data(render()), "") }.problem
        }
        // Each locale's index lists all its pages: built and written out on every core.
        let indexes = site.locales.parallelMap { locale in (JSONLayout.localeFile(locale.locale), JSONIndexes.locale(locale).serialized()) }
        for (path, text) in indexes { output.emit(path: path, text: text) }
        output.emit(path: JSONLayout.rootFile, text: JSONIndexes.root(site).serialized())
        return ChannelRendering(files: [], diagnostics: problems.compactMap { $0 })
    }

    /// The page file: metadata, translation state, HTML fragment and block tree,
    /// written straight into bytes (members in sorted key order, as `JSONValue` writes them).
    func pageFile(_ page: ChannelPage, site: ChannelSite, index: SiteIndex) -> [UInt8] {
        let file = JSONLayout.pageFile(page)
        let rewriter = BodyLinkRewriter(index: index, page: page, currentFile: file, pageFile: JSONLayout.pageFile, style: .file, keepExternal: true)
        let body = PageBody(page: page, rewriter: rewriter, sourceLocale: site.sourceLocale, allowRawHTML: false)
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("audience")
        writer.string(page.audience)
        writer.key("blocks")
        JSONBlocks(fallbackLeaves: page.fallbackLeaves, sourceLocale: site.sourceLocale, headingIDs: body.headingIDs).write(body.linked, into: &writer)
        writer.key("description")
        writer.string(page.description)
        writer.key("fallback")
        writer.bool(!page.fallbackLeaves.isEmpty)
        writer.key("html")
        writer.string(body.html)
        writer.key("id")
        writer.string(page.id)
        writer.key("locale")
        writer.string(page.locale)
        writer.key("program")
        writer.string(page.program)
        writer.key("readability")
        writer.value(page.readability.map(JSONIndexes.readability) ?? .null)
        writer.key("slug")
        writer.string(page.slug)
        writer.key("title")
        writer.string(page.title)
        writer.key("translation")
        writer.value(JSONIndexes.translation(page.translation))
        writer.endObject()
        return writer.finished()
    }
}
