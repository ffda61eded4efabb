import Foundation

/// Renders an HTML channel (`web` or `tor` profile, SPEC §8): one page per
/// emitted page and locale, locale homes, program indexes, the language chooser,
/// the stylesheet, assets and (web with a base URL) `sitemap.xml`.
struct HTMLChannelRenderer: ChannelRenderer {
    let profile: ChannelConfiguration.Profile

    /// Renders every file of the channel into `output`, pages in parallel.
    func render(_ site: ChannelSite, into output: ChannelOutput) -> ChannelRendering {
        var site = site
        if profile == .tor {
            // Tor Browser's Safest level shows no SVG: draw each as PNG (after any sanitising upstream).
            (site.assets, site.rasterImages) = SVGRasterizer.rasterizingSVGs(site.assets)
        }
        guard let stylesheet = ChannelResource.stylesheet else {
            return ChannelRendering(files: [], diagnostics: [ChannelResource.missing("waymark.css")])
        }
        guard let favicon = ChannelResource.favicon else {
            return ChannelRendering(files: [], diagnostics: [ChannelResource.missing("favicon.png")])
        }
        let context = HTMLRenderContext(site: site, profile: profile, stylesheetBytes: stylesheet.count + favicon.count)
        output.emit(OutputFile(path: HTMLLayout.stylesheetFile, contents: stylesheet))
        output.emit(OutputFile(path: HTMLLayout.faviconFile, contents: favicon))
        for asset in site.assets { output.emit(OutputFile(path: "assets/" + asset.path, contents: asset.contents)) }
        // Each document is written as soon as it is rendered; only what the sitemap
        // and the report need (alternates, weights) is kept.
        let cache = site.cache.map { CachedPages(context: $0, site: site) }
        let rendered = HTMLDocumentJob.all(in: site).parallelMap { job -> (HTMLAlternates, PageWeight?, [Diagnostic]) in
            job.emit(with: context, cache: cache, into: output)
        }
        if let sitemap = Sitemap(policy: context.policy, documents: rendered.map(\.0)).xml {
            output.emit(path: HTMLLayout.sitemapFile, text: sitemap)
        }
        return ChannelRendering(files: [], diagnostics: rendered.flatMap(\.2), pageWeights: rendered.compactMap(\.1))
    }
}

/// One HTML document of a channel, in the order the sitemap lists them.
enum HTMLDocumentJob: Sendable {
    case root
    case locale(LocaleSite)
    case program(ProgramSite, LocaleSite)
    case page(ChannelPage, ProgramSite, LocaleSite)

    /// Every document of `site`: the chooser, then per locale its home, and per program its index and pages.
    static func all(in site: ChannelSite) -> [HTMLDocumentJob] {
        var jobs: [HTMLDocumentJob] = [.root]
        for locale in site.locales {
            jobs.append(.locale(locale))
            for program in locale.programs where !program.pages.isEmpty {
                jobs.append(.program(program, locale))
                jobs += program.pages.map { .page($0, program, locale) }
            }
        }
        return jobs
    }

    /// Renders the document into `output` (a content page may come from `cache`, or already be in
    /// place): its alternates, for a content page its weight, any `page-weight` diagnostic and any
    /// `cache-corrupt` warning.
    func emit(with context: HTMLRenderContext, cache: CachedPages? = nil, into output: ChannelOutput) -> (HTMLAlternates, PageWeight?, [Diagnostic]) {
        let document: RenderedDocument
        switch self {
        case .root: document = context.rootDocument()
        case .locale(let locale): document = context.localeDocument(locale)
        case .program(let program, let locale): document = context.programDocument(program, in: locale)
        case .page(let page, let program, let locale):
            guard let cache else {
                let rendered = context.pageDocument(page, in: program, locale: locale)
                output.emit(OutputFile(path: rendered.document.alternates.file, contents: rendered.document.contents))
                return (rendered.document.alternates, rendered.weight, [context.weightDiagnostic(rendered.weight, page: page)].compactMap { $0 })
            }
            let (alternates, weight, problem) = context.emitPageDocument(page, in: program, locale: locale, cache: cache, into: output)
            return (alternates, weight, [problem, context.weightDiagnostic(weight, page: page)].compactMap { $0 })
        }
        output.emit(OutputFile(path: document.alternates.file, contents: document.contents))
        return (document.alternates, nil, [])
    }
}

/// One rendered HTML document with its alternates.
struct RenderedDocument {
    var alternates: HTMLAlternates
    /// The file's bytes.
    var contents: Data

    init(alternates: HTMLAlternates, html: String) {
        self.alternates = alternates
        contents = Data(html.utf8)
    }

}

/// Everything the HTML templates share while rendering one channel.
struct HTMLRenderContext: Sendable {
    let site: ChannelSite
    let index: SiteIndex
    let policy: HTMLProfilePolicy
    let stylesheetBytes: Int
    /// Page order of every program in every locale (`ProgramOrder`).
    let programOrders: [String: [String: ProgramOrder]]

    init(site: ChannelSite, profile: ChannelConfiguration.Profile, stylesheetBytes: Int) {
        self.site = site
        self.index = SiteIndex(site)
        self.programOrders = ProgramOrder.all(in: site, index: index)
        self.policy = HTMLProfilePolicy(configuration: site.channel, profile: profile)
        self.stylesheetBytes = stylesheetBytes
    }

    /// Navigation helpers for the file at `file`.
    func navigation(_ file: String, ui: UIText) -> HTMLNavigation {
        HTMLNavigation(style: policy.linkStyle, file: file, ui: ui)
    }

    /// The skeleton shared by every document of `locale` written to `document.file`;
    /// `quickExit` puts the program's (or project's) exit link first.
    func document(_ document: HTMLAlternates, locale: LocaleSite, title: String, main: [HTMLNode], quickExit: QuickExit?) -> HTMLDocument {
        let ui = UIText(locale.ui)
        var skeleton = HTMLDocument(
            lang: locale.locale, title: title, head: policy.head(for: document, onionFiles: site.onionFiles),
            stylesheetHref: ChannelPath.relative(from: document.file, to: HTMLLayout.stylesheetFile),
            siteName: siteName(locale), siteHref: policy.linkStyle.href(from: document.file, to: HTMLLayout.localeFile(locale.locale)),
            ui: ui, main: main, footerNote: ui["footer-note"])
        skeleton.quickExit = quickExit
        skeleton.quickExitLabel = quickExitLabel(quickExit, ui: ui, locale: locale.locale)
        skeleton.quickExitScript = policy.profile == .web
        return skeleton
    }

    /// The exit link's text: the locale's translation of the `quick-exit` UI string, else the configured label.
    func quickExitLabel(_ quickExit: QuickExit?, ui: UIText, locale: String) -> String {
        guard let quickExit else { return "" }
        if locale != site.sourceLocale, let translated = ui.strings["quick-exit"] { return translated }
        return quickExit.label
    }

    /// The site's name in `locale` (`site-title` in `_ui.yaml`, else the project name).
    func siteName(_ locale: LocaleSite) -> String {
        locale.ui["site-title"] ?? site.projectName
    }

    /// The source locale's site, for pages a locale does not have.
    var sourceLocaleSite: LocaleSite? { site.locales.first { $0.locale == site.sourceLocale } }
}
