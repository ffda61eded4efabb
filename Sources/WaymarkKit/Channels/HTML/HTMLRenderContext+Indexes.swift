extension HTMLRenderContext {
    /// The root language chooser: every published locale, each name in its own language.
    func rootDocument() -> RenderedDocument {
        let file = HTMLLayout.rootFile
        let source = site.locales.first { $0.locale == site.sourceLocale } ?? site.locales.first
        let ui = UIText(source?.ui ?? [:])
        let items = site.locales.map { locale in
            HTMLNode.element("li", [], [
                .element("a", attrs(("href", policy.linkStyle.href(from: file, to: HTMLLayout.localeFile(locale.locale))),
                                    ("hreflang", locale.locale), ("lang", locale.locale)), [.text(locale.displayName)]),
            ])
        }
        let main: [HTMLNode] = [
            .element("h1", [], [.text(site.projectName)]),
            .element("nav", attrs(("class", "wm-chooser"), ("aria-label", ui["choose-language"])), [.element("ul", [], items)]),
        ]
        let alternates = HTMLAlternates(file: file, alternates: [])
        let lang = source?.locale ?? site.sourceLocale
        let skeleton = HTMLDocument(
            lang: lang, title: site.projectName, head: policy.head(for: alternates),
            stylesheetHref: HTMLLayout.stylesheetFile, siteName: site.projectName,
            siteHref: policy.linkStyle.href(from: file, to: file), ui: ui, main: main, footerNote: ui["footer-note"])
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// A locale home: its programs with their pages and how complete the translation is.
    func localeDocument(_ locale: LocaleSite) -> RenderedDocument {
        let file = HTMLLayout.localeFile(locale.locale)
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        var main: [HTMLNode] = [
            .element("h1", [], [.text(siteName(locale))]),
            .element("p", attrs(("class", "wm-completeness")), [.text(ui.completeness(locale.translation.completeness))]),
        ]
        for program in locale.programs where !program.pages.isEmpty {
            let programFile = HTMLLayout.programFile(locale: locale.locale, program: program.id)
            var section: [HTMLNode] = [
                .element("h2", [], [.element("a", attrs(("href", policy.linkStyle.href(from: file, to: programFile))), [.text(program.title)])]),
            ]
            if !program.description.isEmpty { section.append(.element("p", [], [.text(program.description)])) }
            section.append(pageList(program.pages, from: file))
            main.append(.element("section", attrs(("class", "wm-program")), section))
        }
        let alternates = HTMLAlternates(file: file, alternates: site.locales.map { ($0.locale, HTMLLayout.localeFile($0.locale)) })
        var skeleton = document(alternates, locale: locale, title: siteName(locale), main: main)
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { HTMLLayout.localeFile($0.locale) }
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// A program index: its description and its pages in order.
    func programDocument(_ program: ProgramSite, in locale: LocaleSite) -> RenderedDocument {
        let file = HTMLLayout.programFile(locale: locale.locale, program: program.id)
        let ui = UIText(locale.ui)
        let nav = navigation(file, ui: ui)
        var main: [HTMLNode] = [.element("h1", [], [.text(program.title)])]
        if !program.description.isEmpty { main.append(.element("p", attrs(("class", "wm-lead")), [.text(program.description)])) }
        main.append(pageList(program.pages, from: file))
        let emittedIn = site.locales.filter { other in
            other.programs.contains { $0.id == program.id && !$0.pages.isEmpty }
        }
        let alternates = HTMLAlternates(file: file, alternates: emittedIn.map { ($0.locale, HTMLLayout.programFile(locale: $0.locale, program: program.id)) })
        var skeleton = document(alternates, locale: locale, title: program.title, main: main)
        skeleton.description = program.description
        skeleton.languageSwitcher = nav.languageSwitcher(current: locale.locale, locales: site.locales) { other in
            emittedIn.contains { $0.locale == other.locale }
                ? HTMLLayout.programFile(locale: other.locale, program: program.id) : HTMLLayout.localeFile(other.locale)
        }
        skeleton.breadcrumb = nav.breadcrumb([(ui["home"], HTMLLayout.localeFile(locale.locale))], current: program.title)
        return RenderedDocument(alternates: alternates, html: skeleton.render())
    }

    /// An ordered list of links to `pages`, with their descriptions.
    private func pageList(_ pages: [ChannelPage], from file: String) -> HTMLNode {
        .element("ol", attrs(("class", "wm-pages")), pages.map { page in
            var item: [HTMLNode] = [.element("a", attrs(("href", policy.linkStyle.href(from: file, to: HTMLLayout.pageFile(page)))), [page.titleNode])]
            if !page.description.isEmpty { item.append(.element("p", [], [.text(page.description)])) }
            return .element("li", [], item)
        })
    }
}
