import Foundation

extension HTMLRenderContext {
    /// One content page: title, fallback notice, body, previous/next, and its weight.
    func pageDocument(_ page: ChannelPage, in program: ProgramSite, locale: LocaleSite) -> (document: RenderedDocument, weight: PageWeight) {
        let file = HTMLLayout.pageFile(page)
        let alternates = HTMLAlternates(file: file, alternates: index.locales(having: page.id).compactMap { other in
            index.page(page.id, in: other.locale).map { (other.locale, HTMLLayout.pageFile($0)) }
        })
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        let rewriter = BodyLinkRewriter(
            index: index, page: page, currentFile: file, pageFile: HTMLLayout.pageFile,
            style: policy.linkStyle, keepExternal: policy.keepsExternalLinks)
        let body = PageBody(page: page, rewriter: rewriter, sourceLocale: site.sourceLocale,
                            allowRawHTML: site.allowRawHTML && policy.profile == .web)
        var article: [HTMLNode] = [.element("h1", [], [page.titleNode])]
        if !page.fallbackLeaves.isEmpty {
            article.append(.element("p", attrs(("class", "wm-notice"), ("role", "note")), [.text(ui["fallback-notice"])]))
        }
        article.append(.element("div", attrs(("class", "wm-body")), [.trusted(body.html)]))
        var main: [HTMLNode] = [.element("article", [], article)]
        let (previous, next) = index.neighbours(of: page, in: program)
        if let pager = nav.pager(previous: previous, next: next) { main.append(pager) }

        var skeleton = document(alternates, locale: locale, title: "\(page.title) · \(program.title)", main: main)
        skeleton.description = page.description
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { other in
            index.page(page.id, in: other.locale).map(HTMLLayout.pageFile) ?? HTMLLayout.localeFile(other.locale)
        }
        skeleton.breadcrumb = nav.breadcrumb([
            (ui["home"], HTMLLayout.localeFile(locale.locale)),
            (program.title, HTMLLayout.programFile(locale: locale.locale, program: program.id)),
        ], current: page.title)
        let html = skeleton.render()
        return (RenderedDocument(alternates: alternates, html: html), weight(of: file, html: html, assets: body.assets))
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
        guard policy.profile == .tor, weight.isOverBudget else { return nil }
        return Diagnostic(
            .error,
            "page \(weight.path) weighs \(weight.bytes) bytes with its stylesheet and images, over the \(weight.budget)-byte budget of channel '\(site.channel.name)'",
            at: SourceLocation(path: page.editPath, line: 1, column: 1), rule: "page-weight")
    }
}
