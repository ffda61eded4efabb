import Foundation
import Testing
@testable import WaymarkKit

struct HTMLChannelRendererTests {
    let web = ChannelFixture.site(ChannelFixture.web).render()
    let tor = ChannelFixture.site(ChannelFixture.tor).render()

    @Test func emitsTheExpectedFiles() {
        let paths = Set(web.files.map(\.path))
        let expected: Set = [
            "index.html", "waymark.css", "favicon.png", "sitemap.xml", "assets/shield.svg",
            "en/index.html", "en/online-road-safety/index.html", "en/finding-a-safer-path/index.html",
            "en/online-road-safety/01-welcome/index.html", "en/online-road-safety/02-strong-passwords/index.html",
            "en/finding-a-safer-path/01-reaching-out/index.html",
            "fi/index.html", "fi/online-road-safety/index.html", "fi/finding-a-safer-path/index.html",
            "fi/online-road-safety/01-welcome/index.html", "fi/finding-a-safer-path/01-reaching-out/index.html",
        ]
        #expect(paths == expected)
        // tor draws the SVG as PNG at 1x and 2x (Tor Browser's Safest level shows no SVG).
        #expect(Set(tor.files.map(\.path)) == expected.subtracting(["sitemap.xml", "assets/shield.svg"]).union(["assets/shield.png", "assets/shield@2x.png"]))
    }

    @Test(arguments: [true, false])
    func everyPageHasLangOneH1AndLandmarks(torProfile: Bool) {
        for (path, html) in (torProfile ? tor : web).htmlFiles {
            let locale = path.split(separator: "/").count > 1 ? String(path.split(separator: "/")[0]) : "en"
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(locale)\""), "\(path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
            for landmark in ["<header", "<main id=\"main\"", "<footer", "class=\"wm-skip\" href=\"#main\""] {
                #expect(html.contains(landmark), "\(path) lacks \(landmark)")
            }
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">"#) == torProfile, "\(path)")
            #expect(html.contains(#"<meta name="referrer" content="no-referrer">"#), "\(path)")
            #expect(html.contains(#"<link rel="icon" type="image/png" href=""#), "\(path)")
        }
    }

    @Test(arguments: [true, false])
    func everyRelativeLinkResolvesToAnEmittedFile(torProfile: Bool) {
        let rendering = torProfile ? tor : web
        let emitted = Set(rendering.files.map(\.path))
        for (path, html) in rendering.htmlFiles {
            for link in ChannelRendering.links(in: html) where !link.hasPrefix("#") && !ChannelPath.isExternal(link) {
                var target = ChannelPath.splitFragment(link).path
                if target.hasSuffix("/") || target.isEmpty || target == "." { target += target.hasSuffix("/") || target.isEmpty ? "index.html" : "/index.html" }
                let resolved = ChannelPath.resolve(target, in: ChannelPath.directory(of: path))
                #expect(resolved.map(emitted.contains) == true, "\(path): \(link) points at a file that was not emitted")
                #expect(!torProfile || link.hasSuffix("index.html") || !link.contains("/") || link.hasSuffix(".css") || link.hasSuffix(".png") || link.contains("#"),
                        "\(path): tor link \(link) should name index.html")
            }
        }
    }

    @Test func torOutputHasNoScriptsAndNoAbsoluteURLs() {
        for file in tor.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".css") {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains("<script"), "\(file.path)")
            for link in ChannelRendering.links(in: text) {
                #expect(!link.contains("http://") && !link.contains("https://") && !link.hasPrefix("//"), "\(file.path): \(link)")
            }
            #expect(!text.contains("url(http"), "\(file.path)")
        }
        let welcome = tor.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(welcome.contains("help (https://example.org/help)"), "external link shown as text with its URL")
        #expect(!welcome.contains("onion-location") && !welcome.contains("canonical"))
    }

    @Test func webKeepsExternalLinksAndAnnouncesTheOnionMirror() {
        let welcome = web.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(welcome.contains(#"<a href="https://example.org/help">help</a>"#))
        #expect(welcome.contains(#"<meta http-equiv="onion-location" content="http://exampleonion.onion/en/online-road-safety/01-welcome/">"#))
        #expect(welcome.contains(#"<link rel="canonical" href="https://example.org/en/online-road-safety/01-welcome/">"#))
    }

    @Test func bodyLinksAreResolvedPerLocale() {
        let en = web.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(en.contains(#"<a href="../02-strong-passwords/">passwords</a>"#))
        #expect(en.contains(#"<a href="../../finding-a-safer-path/01-reaching-out/#help">reach out</a>"#))
        #expect(en.contains(#"<img src="../../../assets/shield.svg" alt="A shield""#))
        #expect(en.contains(##"<a href="#top">top</a>"##))
        #expect(en.contains(" gone ") && !en.contains("missing.md"), "a link to a page that does not exist is plain text")
        let fi = web.text("fi/online-road-safety/01-welcome/index.html") ?? ""
        #expect(fi.contains(#"<a href="../../../en/online-road-safety/02-strong-passwords/" hreflang="en">passwords (original language)</a>"#),
                "falls back to the source-locale page, with hreflang and a visible hint")
        let torFi = tor.text("fi/online-road-safety/01-welcome/index.html") ?? ""
        #expect(torFi.contains(#"<a href="../../../en/online-road-safety/02-strong-passwords/index.html" hreflang="en">passwords (original language)</a>"#))
        let torEn = tor.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(torEn.contains(#"<img src="../../../assets/shield.png" alt="A shield" srcset="../../../assets/shield@2x.png 2x" width="10" height="10" />"#))
        #expect(!torEn.contains(".svg"))
    }

    @Test func fallbackBlocksAreMarkedAndTheNoticeShown() {
        let fi = web.text("fi/online-road-safety/01-welcome/index.html") ?? ""
        #expect(fi.contains(#"<p lang="en" class="wm-fallback">Stay safe online.</p>"#))
        let body = fi.components(separatedBy: "<div class=\"wm-body\">").last?.components(separatedBy: "</article>").first ?? ""
        #expect(body.components(separatedBy: "wm-fallback").count == 2, "only the one fallback leaf is marked")
        #expect(fi.contains(#"<p class="wm-notice" role="note">Osa tästä sivusta on vielä kääntämättä. <span class="wm-notice-marking">Those parts have a line beside them, like this note.</span></p>"#),
                "parts of the page: the notice says so and explains the marking once")
        let en = web.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(!en.contains("wm-fallback") && !en.contains("wm-notice"))
        #expect(en.contains("<h1>Welcome</h1>") && !en.contains("<h2>Welcome</h2>"), "the title heading is not repeated")
    }

    @Test func languageSwitcherAndAlternatesOnlyNameEmittedPages() {
        let passwords = web.text("en/online-road-safety/02-strong-passwords/index.html") ?? ""
        #expect(passwords.contains(#"<a href="../../../fi/" hreflang="fi" lang="fi">Suomi</a>"#), "missing in fi: switch to the fi home")
        #expect(!passwords.contains(#"hreflang="fi" href"#), "no hreflang alternate for a page fi does not have")
        let welcome = web.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(welcome.contains(#"<a href="../../../fi/online-road-safety/01-welcome/" hreflang="fi" lang="fi">Suomi</a>"#))
        #expect(welcome.contains(#"<link rel="alternate" hreflang="fi" href="https://example.org/fi/online-road-safety/01-welcome/">"#))
        #expect(welcome.contains(#"<li aria-current="true"><span lang="en">English</span></li>"#))
    }

    @Test func previousAndNextStayInsideTheProgramAndLocale() {
        let en = web.text("en/online-road-safety/01-welcome/index.html") ?? ""
        #expect(en.contains(#"<a rel="next" href="../02-strong-passwords/">"#))
        #expect(!en.contains(#"rel="prev""#))
        #expect(en.contains(#"<span class="wm-arrow" aria-hidden="true">→</span>"#), "screen readers do not hear the arrow")
        let fi = web.text("fi/online-road-safety/01-welcome/index.html") ?? ""
        #expect(fi.contains(#"<a rel="next" href="../../../en/online-road-safety/02-strong-passwords/" hreflang="en">"#),
                "fi lacks the second page: the pager goes on in English, marked")
        #expect(!fi.contains(#"rel="prev""#))
    }

    @Test func rootChooserListsEveryLocaleInItsOwnLanguage() {
        let root = web.text("index.html") ?? ""
        #expect(root.contains(#"<a href="en/" hreflang="en" lang="en">English</a>"#))
        #expect(root.contains(#"<a href="fi/" hreflang="fi" lang="fi">Suomi</a>"#))
        #expect((tor.text("index.html") ?? "").contains(#"<a href="fi/index.html" hreflang="fi" lang="fi">Suomi</a>"#))
    }

    @Test func sitemapListsEmittedPagesWithAlternates() throws {
        let sitemap = try #require(web.text("sitemap.xml"))
        let locations = sitemap.matches(of: /<loc>([^<]*)<\/loc>/).map { String($0.output.1) }
        #expect(locations.count == web.htmlFiles.count)
        #expect(!sitemap.contains("fi/online-road-safety/02-strong-passwords"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="fi" href="https://example.org/fi/online-road-safety/01-welcome/"/>"#))
        var noBase = ChannelFixture.web
        noBase.baseURL = nil
        #expect(ChannelFixture.site(noBase).render().text("sitemap.xml") == nil)
    }

    @Test func rendersByteIdenticalOutputTwice() {
        for channel in [ChannelFixture.web, ChannelFixture.tor, ChannelFixture.json] {
            #expect(ChannelFixture.site(channel).render().files == ChannelFixture.site(channel).render().files)
        }
    }

    @Test func stylesheetIsSmallAndSelfContained() throws {
        let css = try #require(web.text("waymark.css"))
        #expect(css.utf8.count < 8_000)
        #expect(!css.contains("@import") && !css.contains("url(") && !css.contains("@font-face"))
        #expect(css.contains("prefers-color-scheme") && css.contains("prefers-reduced-motion") && css.contains(".wm-fallback"))
    }

    @Test func rawHTMLIsKeptOnlyOnWebWhenAllowed() {
        let body = ChannelFixture.document(MarkdownNode(.htmlBlock("<aside>Note</aside>\n")))
        func render(_ channel: ChannelConfiguration, allow: Bool) -> String {
            var site = ChannelFixture.site(channel)
            site.allowRawHTML = allow
            site.locales[0].programs[1].pages[0].body = body
            return site.render().text("en/finding-a-safer-path/01-reaching-out/index.html") ?? ""
        }
        #expect(render(ChannelFixture.web, allow: true).contains("<aside>Note</aside>"))
        #expect(!render(ChannelFixture.web, allow: false).contains("<aside>"))
        #expect(!render(ChannelFixture.tor, allow: true).contains("<aside>"))
    }
}
