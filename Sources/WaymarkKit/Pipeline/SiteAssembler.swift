import Foundation

/// Builds the `ChannelSite` one channel publishes from the localized project,
/// applying the channel's policy (SPEC §5.3): `min-complete` gates whole
/// locales; `fallback` decides per page (show source, omit, or fail).
struct SiteAssembler {
    var project: ContentProject
    var channel: ChannelConfiguration
    var localized: LocalizedProject

    /// The site, plus `untranslated` errors for `fallback: fail`.
    func assemble() -> (site: ChannelSite, diagnostics: [Diagnostic]) {
        let source = project.configuration.sourceLocale
        var diagnostics: [Diagnostic] = []
        var sites: [LocaleSite] = []
        for locale in localized.locales {
            let isSource = locale.tag == source
            // The gate uses completeness of the whole locale (SPEC §5.3).
            guard isSource || locale.summary.completeness >= channel.minComplete(for: locale.tag) else { continue }
            let (site, problems) = localeSite(locale, isSource: isSource)
            sites.append(site)
            diagnostics += problems
        }
        let assets = project.assets.keys.sorted().compactMap { path -> OutputFile? in
            // SVGs go through the sanitizer on every channel; one it refuses is not published (`unsafe-svg`).
            guard let original = project.assets[path], let data = SVGSanitizer.publishable(original, path: path) else { return nil }
            let clean = channel.profile == .tor && channel.format == .html ? AssetMetadataStripper.strip(data, path: path) : data
            return OutputFile(path: path, contents: clean)
        }

        var site = ChannelSite(channel: channel, projectName: project.configuration.name, sourceLocale: source,
                               locales: sites, assets: assets, allowRawHTML: project.configuration.allowRawHTML)
        site.quickExit = project.configuration.quickExit
        return (site, diagnostics)
    }

    private func localeSite(_ locale: LocalizedProject.Locale, isSource: Bool) -> (LocaleSite, [Diagnostic]) {
        let source = project.configuration.sourceLocale
        var diagnostics: [Diagnostic] = []
        let programs = project.programs.map { program -> ProgramSite in
            let pages = program.pages.compactMap { source -> ChannelPage? in
                guard !source.frontMatter.draft, let page = locale.pages[source.id] else { return nil }
                switch channel.fallback {
                case .source: break
                case .omitPage: if !page.isComplete { return nil }
                case .fail:
                    diagnostics += UntranslatedRule.check(page.missing, locale: locale.tag, channel: channel.name)
                }
                return channelPage(page, program: program)
            }
            let text = locale.programs[program.id] ?? ProgramText(title: program.title, description: program.description)
            return ProgramSite(id: program.id, title: text.title, description: text.description, audience: program.audience, pages: pages,
                               titleLanguage: text.titleIsFallback ? source : nil,
                               descriptionLanguage: text.descriptionIsFallback ? source : nil,
                               quickExit: program.quickExit ?? project.configuration.quickExit)
        }
        let site = LocaleSite(locale: locale.tag, displayName: LocaleDisplayName.name(for: locale.tag), ui: locale.ui,
                              programs: programs.filter { !$0.pages.isEmpty }, translation: locale.summary)
        return (site, diagnostics)
    }

    private func channelPage(_ page: LocalizedPage, program: Program) -> ChannelPage {
        ChannelPage(id: page.page.id, program: program.id, slug: page.page.slug, locale: page.locale, editPath: page.editPath,
                    title: page.title, description: page.description, audience: page.page.audience(in: program),
                    tree: page.tree, fallbackLeaves: page.fallbackLeaves, translation: page.summary, readability: page.readability,
                    titleLanguage: page.titleIsFallback ? project.configuration.sourceLocale : nil,
                    headingIDs: page.page.headingIDs,
                    descriptionLanguage: page.descriptionIsFallback ? project.configuration.sourceLocale : nil)
    }
}
