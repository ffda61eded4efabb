import Foundation

extension HTMLRenderContext {
    /// One content page: title, fallback notice, body, previous/next, and its weight.
    func pageDocument(_ page: ChannelPage, in program: ProgramSite, locale: LocaleSite) -> (document: RenderedDocument, weight: PageWeight) {
        let file = HTMLLayout.pageFile(page)
        let alternates = self.alternates(of: page)
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        var rewriter = BodyLinkRewriter(
            index: index, page: page, currentFile: file, pageFile: HTMLLayout.pageFile,
            style: policy.linkStyle, keepExternal: policy.keepsExternalLinks)
        rewriter.languageHint = ui["language-hint"]
        let body = PageBody(page: page, rewriter: rewriter, sourceLocale: site.sourceLocale,
                            allowRawHTML: site.allowRawHTML && policy.profile == .web,
                            html: HTMLBodyStyle(tableLabel: ui["table-region"], profile: policy.profile))
        var article: [HTMLNode] = [.element("h1", [], [page.titleNode])]
        let whole = body.isWhollyFallback(page)
        if !page.fallbackLeaves.isEmpty || page.titleLanguage != nil || page.descriptionLanguage != nil {
            article.append(fallbackNotice(ui, whole: whole))
        }
        article.append(.element("div", attrs(("class", "wm-body")), [.trusted(body.html)]))
        // A wholly untranslated page is not marked block by block: the notice says it all.
        var main: [HTMLNode] = [.element("article", attrs(("class", whole ? "wm-all-source" : nil)), article)]
        let order = programOrder(program, in: locale)
        let entries = order.entries
        let position = order.positions[page.id]
        let neighbour = { (offset: Int, rel: String) -> HTMLNode? in
            guard let position, entries.indices.contains(position + offset) else { return nil }
            return self.pageLink(entries[position + offset].page, locale: locale.locale, ui: ui, from: file,
                                 attributes: attrs(("rel", rel)), label: nav.pagerLabel(rel))
        }
        if let pager = nav.pager(previous: neighbour(-1, "prev"), next: neighbour(1, "next")) { main.append(pager) }

        var skeleton = document(alternates, locale: locale, title: "\(page.title) · \(program.title)", main: main, quickExit: program.quickExit)
        skeleton.titleLanguage = page.titleLanguage
        skeleton.description = page.description
        skeleton.descriptionLanguage = page.descriptionLanguage
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { other in
            index.page(page.id, in: other.locale).map(HTMLLayout.pageFile) ?? HTMLLayout.localeFile(other.locale)
        }
        skeleton.breadcrumb = nav.breadcrumb([
            (.text(ui["home"]), HTMLLayout.localeFile(locale.locale)),
            (.text(program.title, language: program.titleLanguage), HTMLLayout.programFile(locale: locale.locale, program: program.id)),
        ], current: page.titleNode)
        let html = skeleton.render()
        return (RenderedDocument(alternates: alternates, html: html), weight(of: file, html: html, assets: body.assets.union(body.extraAssets)))
    }

    /// `page` in every locale this channel emits it in, for `hreflang` and the sitemap.
    func alternates(of page: ChannelPage) -> HTMLAlternates {
        HTMLAlternates(file: HTMLLayout.pageFile(page), alternates: index.placements(of: page.id).map { other, place in
            (other, HTMLLayout.pageFile(locale: place.locale, program: place.program, slug: place.slug))
        })
    }

    /// Page HTML plus the stylesheet plus every distinct local image the page references.
    func weight(of file: String, html: String, assets: Set<String>) -> PageWeight {
        let assetBytes = assets.reduce(0) { total, path in
            total + (index.assets[String(path.dropFirst("assets/".count))]?.contents.count ?? 0)
        }
        return PageWeight(path: file, bytes: html.utf8.count + stylesheetBytes + assetBytes, budget: site.channel.pageWeightBudget)
    }

    /// The `page-weight` error for a tor page over its budget (SPEC §8).
    func weightDiagnostic(_ weight: PageWeight, page: ChannelPage) -> Diagnostic? {
        PageWeightRule.check(weight, profile: policy.profile, channel: site.channel.name, editPath: page.editPath)
    }
}
