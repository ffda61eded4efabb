extension HTMLRenderContext {
    /// The root language chooser: every published locale, each name in its own language.
    func rootDocument() -> RenderedDocument {
        let file = HTMLLayout.rootFile
        let source = sourceLocaleSite ?? site.locales.first
        let ui = UIText(source?.ui ?? [:])
        let name = source.map(siteName) ?? site.projectName
        let items = site.locales.map { locale in
            HTMLNode.element("li", [], [
                .element("a", attrs(("href", policy.linkStyle.href(from: file, to: HTMLLayout.localeFile(locale.locale))),
                                    ("hreflang", locale.locale), ("lang", locale.locale)), [.text(locale.displayName)]),
            ])
        }
        let main: [HTMLNode] = [
            .element("h1", [], [.text(name)]),
            .element("nav", attrs(("class", "wm-chooser"), ("aria-label", ui["choose-language"])), [.element("ul", [], items)]),
        ]
        let alternates = HTMLAlternates(file: file, alternates: [])
        var skeleton = HTMLDocument(
            lang: source?.locale ?? site.sourceLocale, title: name, head: policy.head(for: alternates, onionFiles: site.onionFiles),
            stylesheetHref: HTMLLayout.stylesheetFile, siteName: name,
            siteHref: policy.linkStyle.href(from: file, to: file), ui: ui, main: main, footerNote: ui["footer-note"])
        skeleton.quickExit = site.quickExit
        skeleton.quickExitLabel = quickExitLabel(site.quickExit, ui: ui, locale: site.sourceLocale)
        skeleton.quickExitScript = policy.profile == .web
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// A locale home: one clear choice per audience, each leading to its program's own
    /// landing page. Program descriptions and page lists live on those landing pages, so
    /// the children's course is never shown beside the adults' programme text.
    func localeDocument(_ locale: LocaleSite) -> RenderedDocument {
        let file = HTMLLayout.localeFile(locale.locale)
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        let programs = locale.programs.filter { !$0.pages.isEmpty }
        let choices = programs.map { program -> HTMLNode in
            let programFile = HTMLLayout.programFile(locale: locale.locale, program: program.id)
            var card: [HTMLNode] = []
            if let audience = ui.strings["audience-" + program.audience] {
                card.append(.element("h2", [], [.text(audience)]))
            }
            card.append(.element("a", attrs(("class", "wm-choice-link"), ("href", policy.linkStyle.href(from: file, to: programFile))),
                                 [.text(program.title, language: program.titleLanguage)]))
            return .element("li", attrs(("class", "wm-choice")), card)
        }
        var main: [HTMLNode] = [.element("h1", [], [.text(siteName(locale))])]
        if programs.contains(where: { $0.titleLanguage != nil }) { main.append(fallbackNotice(ui, whole: false)) }
        main.append(.element("nav", attrs(("class", "wm-choices"), ("aria-label", ui["programs"])), [.element("ul", [], choices)]))
        let alternates = HTMLAlternates(file: file, alternates: site.locales.map { ($0.locale, HTMLLayout.localeFile($0.locale)) })
        var skeleton = document(alternates, locale: locale, title: siteName(locale), main: main, quickExit: site.quickExit)
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { HTMLLayout.localeFile($0.locale) }
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// A program's landing page: its description and every page in order; a page this
    /// locale lacks links to the source-language page, marked as such.
    func programDocument(_ program: ProgramSite, in locale: LocaleSite) -> RenderedDocument {
        let file = HTMLLayout.programFile(locale: locale.locale, program: program.id)
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        let entries = programEntries(program, in: locale)
        var main: [HTMLNode] = [.element("h1", [], [.text(program.title, language: program.titleLanguage)])]
        let showsSource = program.titleLanguage != nil || program.descriptionLanguage != nil
            || entries.contains { $0.page.locale != locale.locale || $0.page.titleLanguage != nil || $0.page.descriptionLanguage != nil }
        if showsSource { main.append(fallbackNotice(ui, whole: false)) }
        if !program.description.isEmpty {
            main.append(.element("p", attrs(("class", program.descriptionLanguage == nil ? "wm-lead" : "wm-lead wm-fallback"),
                                            ("lang", program.descriptionLanguage)), [.text(program.description)]))
        }
        main.append(pageList(entries, ui: ui, from: file))
        let emittedIn = site.locales.filter { other in
            other.programs.contains { $0.id == program.id && !$0.pages.isEmpty }
        }
        let alternates = HTMLAlternates(file: file, alternates: emittedIn.map { ($0.locale, HTMLLayout.programFile(locale: $0.locale, program: program.id)) })
        var skeleton = document(alternates, locale: locale, title: program.title, main: main, quickExit: program.quickExit)
        skeleton.titleLanguage = program.titleLanguage
        skeleton.description = program.description
        skeleton.descriptionLanguage = program.descriptionLanguage
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { other in
            emittedIn.contains { $0.locale == other.locale }
                ? HTMLLayout.programFile(locale: other.locale, program: program.id) : HTMLLayout.localeFile(other.locale)
        }
        skeleton.breadcrumb = nav.breadcrumb([(.text(ui["home"]), HTMLLayout.localeFile(locale.locale))],
                                             current: .text(program.title, language: program.titleLanguage))
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// The pages of `program` in source order: this locale's page where it is emitted, else the source-language page.
    func programEntries(_ program: ProgramSite, in locale: LocaleSite) -> [(page: ChannelPage, id: String)] {
        programOrder(program, in: locale).entries
    }

    /// `ProgramOrder` of `program` in `locale`, computed once per channel.
    func programOrder(_ program: ProgramSite, in locale: LocaleSite) -> ProgramOrder {
        programOrders[locale.locale]?[program.id]
            ?? ProgramOrder(program, in: locale, sourceProgram: sourceLocaleSite?.programs.first { $0.id == program.id }, index: index)
    }

    /// The notice that some or all of the text is shown in the source language, with the marking explained once.
    /// A wholly untranslated page is not marked block by block, so its notice needs no key to the marking.
    func fallbackNotice(_ ui: UIText, whole: Bool) -> HTMLNode {
        guard !whole else {
            return .element("p", attrs(("class", "wm-notice"), ("role", "note")), [.text(ui["fallback-notice-page"])])
        }
        return .element("p", attrs(("class", "wm-notice"), ("role", "note")), [
            .text(ui["fallback-notice"]),
            .text(" "),
            .element("span", attrs(("class", "wm-notice-marking")), [.text(ui["fallback-marking"])]),
        ])
    }

    /// A link to `page` from `file`; a page in another locale than `locale` gets `hreflang` and a visible hint.
    func pageLink(_ page: ChannelPage, locale: String, ui: UIText, from file: String, attributes: [HTMLNode.Attribute] = [], label: [HTMLNode] = []) -> HTMLNode {
        let href = policy.linkStyle.href(from: file, to: HTMLLayout.pageFile(page))
        guard page.locale != locale else {
            return .element("a", attributes + attrs(("href", href)), label + [page.titleNode])
        }
        return .element("a", attributes + attrs(("href", href), ("hreflang", page.locale)), label + [
            .element("span", attrs(("lang", page.locale), ("class", "wm-fallback")), [.text(page.title)]),
            .text(" "),
            .element("span", attrs(("class", "wm-hint")), [.text(ui["language-hint"])]),
        ])
    }

    /// An ordered list of links to `entries`, with their descriptions.
    private func pageList(_ entries: [(page: ChannelPage, id: String)], ui: UIText, from file: String) -> HTMLNode {
        let fileLocale = locale(of: file)
        return .element("ol", attrs(("class", "wm-pages")), entries.map { entry in
            let page = entry.page
            var item: [HTMLNode] = [pageLink(page, locale: fileLocale, ui: ui, from: file)]
            if !page.description.isEmpty {
                let language = page.locale != fileLocale ? page.locale : page.descriptionLanguage
                item.append(.element("p", attrs(("lang", language), ("class", language == nil ? nil : "wm-fallback")), [.text(page.description)]))
            }
            return .element("li", [], item)
        })
    }

    /// The locale of an output file (its first path component).
    func locale(of file: String) -> String {
        String(file[..<(file.utf8.firstIndex(of: UInt8(ascii: "/")) ?? file.endIndex)])
    }
}
