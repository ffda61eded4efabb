/// What the cache keys of rendered pages are made of: every field of the page
/// itself, and the outline of the channel that every page's navigation reads.
extension Fingerprint {
    /// Every field of `page`: its rendered file is a function of these and the site outline.
    mutating func add(_ page: ChannelPage) {
        for field in [page.id, page.program, page.slug, page.locale, page.editPath, page.title, page.description, page.audience] {
            add(field)
        }
        add(page.body)
        add(page.fallbackLeaves.count)
        for leaf in page.fallbackLeaves.sorted() { add(leaf) }
        add(page.translation)
        add(page.readability?.formula)
        add(page.readability?.score ?? -1)
        add(page.readability?.target)
        add(page.readability?.passed.map { $0 ? "pass" : "fail" })
        add(page.titleLanguage)
        add(page.headingIDs.count)
        for id in page.headingIDs { add(id) }
        add(page.descriptionLanguage)
    }

    mutating func add(_ summary: TranslationSummary) {
        for count in [summary.translated, summary.fuzzy, summary.untranslated, summary.obsolete, summary.translatedWords, summary.totalWords] {
            add(count)
        }
    }

    mutating func add(_ quickExit: QuickExit?) {
        add(quickExit?.url)
        add(quickExit?.label)
    }

    /// The tree with every kind, payload and source range, in pre-order.
    mutating func add(_ node: MarkdownNode) {
        add(node.kind)
        for position in [node.range.startLine, node.range.startColumn, node.range.endLine, node.range.endColumn] { add(position) }
        add(node.children.count)
        for child in node.children { add(child) }
    }

    private mutating func add(_ kind: MarkdownNode.Kind) {
        switch kind {
        case .document: add("document")
        case .blockQuote: add("blockQuote")
        case .list(let type, let start, let delimiter, let tight):
            add("list"); add(type.rawValue); add(start); add(delimiter.rawValue); add(tight)
        case .item(let checked): add("item"); add(checked.map { $0 ? "x" : " " })
        case .codeBlock(let info, let literal, let fenced): add("codeBlock"); add(info); add(literal); add(fenced)
        case .htmlBlock(let html): add("htmlBlock"); add(html)
        case .paragraph: add("paragraph")
        case .heading(let level, let setext): add("heading"); add(level); add(setext)
        case .thematicBreak: add("thematicBreak")
        case .table(let alignments): add("table"); add(alignments.map(\.rawValue).joined(separator: ","))
        case .tableRow(let isHeader): add("tableRow"); add(isHeader)
        case .tableCell: add("tableCell")
        case .footnoteDefinition(let label): add("footnoteDefinition"); add(label)
        case .text(let text): add("text"); add(text)
        case .softBreak: add("softBreak")
        case .lineBreak: add("lineBreak")
        case .code(let code): add("code"); add(code)
        case .htmlInline(let html): add("htmlInline"); add(html)
        case .emphasis: add("emphasis")
        case .strong: add("strong")
        case .strikethrough: add("strikethrough")
        case .link(let destination, let title): add("link"); add(destination); add(title)
        case .image(let source, let title): add("image"); add(source); add(title)
        case .footnoteReference(let label, let index, let occurrence): add("footnoteReference"); add(label); add(index); add(occurrence)
        }
    }
}

/// The part of a channel site that any one page's file can show besides the
/// page itself: locales and their UI strings, programs with their titles, and
/// which pages exist where under which slug and title (language switcher,
/// breadcrumb, pager, body links, `hreflang`, asset sizes). Whether the onion
/// mirror has the page (`onion-location`) is part of each page's own key.
/// A change here re-renders the whole channel; a change to one page's body
/// does not touch it, so only that page is rendered again.
enum SiteOutline {
    static func key(_ site: ChannelSite, project: CacheKey) -> CacheKey {
        var print = Fingerprint(project)
        print.add(site.channel.name)
        print.add(site.projectName)
        print.add(site.sourceLocale)
        print.add(site.allowRawHTML)
        print.add(site.quickExit)
        print.add(site.assets.count)
        for asset in site.assets.sorted(by: { $0.path < $1.path }) {
            print.add(asset.path)
            print.add(CacheEntry.checksum(asset.contents))
        }
        print.add(site.locales.count)
        for locale in site.locales {
            print.add(locale.locale)
            print.add(locale.displayName)
            print.add(sorted: locale.ui.map { "\($0.key)\u{0}\($0.value)" })
            print.add(locale.programs.count)
            for program in locale.programs {
                for field in [program.id, program.title, program.description, program.audience] { print.add(field) }
                print.add(program.titleLanguage)
                print.add(program.descriptionLanguage)
                print.add(program.quickExit)
                print.add(program.pages.count)
                for page in program.pages {
                    for field in [page.id, page.program, page.slug, page.locale, page.title] { print.add(field) }
                    print.add(page.titleLanguage)
                }
            }
        }
        return print.key()
    }
}
