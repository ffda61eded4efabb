import Foundation
@testable import WaymarkKit

/// A small two-locale, two-program site built in code, shared by the channel tests.
enum ChannelFixture {
    static func t(_ text: String) -> MarkdownNode { MarkdownNode(.text(text)) }
    static func p(_ children: MarkdownNode...) -> MarkdownNode { MarkdownNode(.paragraph, children: children) }
    static func h(_ level: Int, _ text: String) -> MarkdownNode { MarkdownNode(.heading(level: level, setext: false), children: [t(text)]) }
    static func link(_ destination: String, _ text: String) -> MarkdownNode {
        MarkdownNode(.link(destination: destination, title: ""), children: [t(text)])
    }
    static func image(_ source: String, alt: String) -> MarkdownNode {
        MarkdownNode(.image(source: source, title: ""), children: [t(alt)])
    }
    static func table(_ cells: [String]) -> MarkdownNode {
        MarkdownNode(.table(alignments: cells.map { _ in .none }), children: [
            MarkdownNode(.tableRow(isHeader: true), children: cells.map { MarkdownNode(.tableCell, children: [t($0)]) }),
        ])
    }
    static func document(_ children: MarkdownNode...) -> MarkdownNode { MarkdownNode(.document, children: children) }

    /// The body of `online-road-safety/01-welcome` in `locale` (leaf 2 is fallback in fi).
    static func welcomeBody(_ locale: String) -> MarkdownNode {
        let word = locale == "fi" ? "Tervetuloa" : "Welcome"
        return document(
            h(1, word),                                                                   // leaf 0 (title, dropped)
            p(t("Read "), link("02-strong-passwords.md", "passwords"), t(" and "),
              link("https://example.org/help", "help"), t(".")),                      // leaf 1
            p(t("Stay safe online.")),                                                    // leaf 2 (fallback in fi)
            p(image("../_assets/shield.svg", alt: "A shield"), t(" "),
              link("../finding-a-safer-path/01-reaching-out.md#help", "reach out"), t(" "),
              link("missing.md", "gone"), t(" "), link("#top", "top")),                 // leaf 3
            table(["Name", "Phone"]),                                                     // leaves 4, 5
            MarkdownNode(.list(type: .ordered, start: 1, delimiter: .period, tight: true), children: [
                MarkdownNode(.item(taskChecked: true), children: [p(MarkdownNode(.emphasis, children: [t("done")]))]),
            ]))
    }

    static func page(_ locale: String, _ program: String, _ slug: String, _ title: String,
                     body: MarkdownNode? = nil, fallback: Set<Int> = []) -> ChannelPage {
        let id = "\(program)/\(slug)"
        let editPath = locale == "en" ? "Source-Content/\(id).md" : "Locales/\(locale)/\(id).po"
        return ChannelPage(
            id: id, program: program, slug: slug, locale: locale, editPath: editPath, title: title,
            description: "About \(title)", audience: "children-9-12",
            body: body ?? document(h(2, title + " details"), p(t("Back to "), link("../online-road-safety/01-welcome.md", "the start"))),
            fallbackLeaves: fallback,
            translation: TranslationSummary(translated: 3, fuzzy: fallback.count, untranslated: 0, translatedWords: 30, totalWords: 30 + fallback.count * 3),
            readability: locale == "en" ? ReadabilitySummary(formula: "flesch-kincaid-grade", score: 4.5, target: "max 5", passed: true) : nil)
    }

    static func locale(_ locale: String) -> LocaleSite {
        let fi = locale == "fi"
        var road = [page(locale, "online-road-safety", "01-welcome", fi ? "Tervetuloa" : "Welcome", body: welcomeBody(locale), fallback: fi ? [2] : [])]
        if !fi { road.append(page(locale, "online-road-safety", "02-strong-passwords", "Strong passwords")) }
        let safer = [page(locale, "finding-a-safer-path", "01-reaching-out", fi ? "Avun pyytäminen" : "Reaching out")]
        let ui = fi ? ["fallback-notice": "Osa tästä sivusta on vielä kääntämättä.", "footer-note": "Esimerkkisivusto", "home": "Etusivu"]
                    : ["fallback-notice": "Parts of this page are not yet translated.", "footer-note": "A sample site", "home": "Home"]
        return LocaleSite(
            locale: locale, displayName: fi ? "Suomi" : "English", ui: ui,
            programs: [
                ProgramSite(id: "online-road-safety", title: fi ? "Turvassa verkossa" : "Online road safety", description: "Lessons", audience: "children-9-12", pages: road),
                ProgramSite(id: "finding-a-safer-path", title: fi ? "Turvallisempi polku" : "Finding a safer path", description: "", audience: "adults", pages: safer),
            ],
            translation: TranslationSummary(translated: 9, fuzzy: fi ? 1 : 0, translatedWords: fi ? 60 : 90, totalWords: 90))
    }

    /// The shield image referenced by the welcome page.
    static let shield = OutputFile(path: "shield.svg", text: #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M5 0L10 2V5C10 8 5 10 5 10S0 8 0 5V2Z"/></svg>"#)

    static func site(_ channel: ChannelConfiguration, assets: [OutputFile] = [shield]) -> ChannelSite {
        ChannelSite(channel: channel, projectName: "Waymark sample", sourceLocale: "en", locales: [locale("en"), locale("fi")], assets: assets)
    }

    static let web = ChannelConfiguration(name: "web", format: .html, profile: .web, baseURL: "https://example.org/",
                                          onionLocation: "http://exampleonion.onion/")
    static let tor = ChannelConfiguration(name: "onion", format: .html, profile: .tor, fallback: .omitPage)
    static let json = ChannelConfiguration(name: "app", format: .json)
}

/// Helpers for looking at rendered channel output.
extension ChannelRendering {
    /// The text of the file at `path`, or nil.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }.flatMap { String(data: $0.contents, encoding: .utf8) }
    }

    /// Every emitted HTML file as (path, text).
    var htmlFiles: [(path: String, text: String)] {
        files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }
    }

    /// Values of every `href` and `src` attribute in `html`.
    static func links(in html: String) -> [String] {
        let pattern = /\s(?:href|src)="([^"]*)"/
        return html.matches(of: pattern).map { String($0.output.1) }
    }
}

/// Locations in the source tree for fixtures and goldens.
enum ChannelsTestPaths {
    /// The package root (the folder holding Package.swift), symlinks resolved.
    static var projectRoot: URL { TestPaths.packageRoot }

    /// `Tests/WaymarkKitTests/Fixtures/Channels/`.
    static var fixtures: URL {
        projectRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures/Channels")
    }
}
