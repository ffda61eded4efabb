import Foundation

/// Renders an HTML channel (`web` or `tor` profile, SPEC §8): one page per
/// emitted page and locale, locale homes, program indexes, the language chooser,
/// the stylesheet, assets and (web with a base URL) `sitemap.xml`.
struct HTMLChannelRenderer: ChannelRenderer {
    let profile: ChannelConfiguration.Profile

    /// Renders every file of the channel.
    func render(_ site: ChannelSite) -> ChannelRendering {
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
        var files = [OutputFile(path: HTMLLayout.stylesheetFile, contents: stylesheet), OutputFile(path: HTMLLayout.faviconFile, contents: favicon)]
        files += site.assets.map { OutputFile(path: "assets/" + $0.path, contents: $0.contents) }
        var documents = [context.rootDocument()]
        var weights: [PageWeight] = []
        var diagnostics: [Diagnostic] = []
        for locale in site.locales {
            documents.append(context.localeDocument(locale))
            for program in locale.programs where !program.pages.isEmpty {
                documents.append(context.programDocument(program, in: locale))
                for page in program.pages {
                    let rendered = context.pageDocument(page, in: program, locale: locale)
                    documents.append(rendered.document)
                    weights.append(rendered.weight)
                    if let diagnostic = context.weightDiagnostic(rendered.weight, page: page) { diagnostics.append(diagnostic) }
                }
            }
        }
        files += documents.map { OutputFile(path: $0.alternates.file, text: $0.html) }
        if let sitemap = Sitemap(policy: context.policy, documents: documents.map(\.alternates)).xml {
            files.append(OutputFile(path: HTMLLayout.sitemapFile, text: sitemap))
        }
        return ChannelRendering(files: files, diagnostics: diagnostics, pageWeights: weights)
    }
}

/// One rendered HTML document with its alternates.
struct RenderedDocument {
    var alternates: HTMLAlternates
    var html: String
}

/// Everything the HTML templates share while rendering one channel.
struct HTMLRenderContext {
    let site: ChannelSite
    let index: SiteIndex
    let policy: HTMLProfilePolicy
    let stylesheetBytes: Int

    init(site: ChannelSite, profile: ChannelConfiguration.Profile, stylesheetBytes: Int) {
        self.site = site
        self.index = SiteIndex(site)
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
