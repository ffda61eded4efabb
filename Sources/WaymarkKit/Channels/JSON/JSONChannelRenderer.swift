/// Renders a JSON channel (SPEC §8) for apps: one file per page with metadata, an
/// HTML body fragment and a typed block tree; an index per locale; a root index;
/// the page JSON Schema; and the assets the pages reference.
struct JSONChannelRenderer: ChannelRenderer {
    /// Renders every file of the channel.
    func render(_ site: ChannelSite) -> ChannelRendering {
        guard let schema = ChannelResource.pageSchema else {
            return ChannelRendering(files: [], diagnostics: [ChannelResource.missing("page.schema.json")])
        }
        let index = SiteIndex(site)
        var files = [OutputFile(path: JSONLayout.schemaFile, contents: schema)]
        files += site.assets.map { OutputFile(path: "assets/" + $0.path, contents: $0.contents) }
        for locale in site.locales {
            for program in locale.programs {
                for page in program.pages {
                    files.append(OutputFile(path: JSONLayout.pageFile(page), text: pageValue(page, site: site, index: index).serialized()))
                }
            }
            files.append(OutputFile(path: JSONLayout.localeFile(locale.locale), text: JSONIndexes.locale(locale).serialized()))
        }
        files.append(OutputFile(path: JSONLayout.rootFile, text: JSONIndexes.root(site).serialized()))
        return ChannelRendering(files: files)
    }

    /// The page file: metadata, translation state, HTML fragment and block tree.
    func pageValue(_ page: ChannelPage, site: ChannelSite, index: SiteIndex) -> JSONValue {
        let file = JSONLayout.pageFile(page)
        let rewriter = BodyLinkRewriter(index: index, page: page, currentFile: file, pageFile: JSONLayout.pageFile, style: .file, keepExternal: true)
        let body = PageBody(page: page, rewriter: rewriter, sourceLocale: site.sourceLocale, allowRawHTML: false)
        return .object([
            "id": .string(page.id),
            "locale": .string(page.locale),
            "program": .string(page.program),
            "slug": .string(page.slug),
            "title": .string(page.title),
            "description": .string(page.description),
            "audience": .string(page.audience),
            "readability": page.readability.map(JSONIndexes.readability) ?? .null,
            "translation": JSONIndexes.translation(page.translation),
            "fallback": .bool(!page.fallbackLeaves.isEmpty),
            "html": .string(body.html),
            "blocks": .array(JSONBlocks(fallbackLeaves: page.fallbackLeaves, sourceLocale: site.sourceLocale, headingIDs: body.headingIDs).blocks(of: body.linked)),
        ])
    }
}
