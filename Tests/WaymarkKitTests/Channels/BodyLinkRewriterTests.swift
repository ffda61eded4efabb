import Testing
@testable import WaymarkKit

struct BodyLinkRewriterTests {
    typealias F = ChannelFixture

    /// Renders one paragraph of `inlines` as the fi welcome page of `channel` and returns the body HTML.
    func render(_ inlines: [MarkdownNode], profile: ChannelConfiguration.Profile) -> String {
        let site = F.site(profile == .tor ? F.tor : F.web)
        let index = SiteIndex(site)
        let page = F.page("fi", "online-road-safety", "01-welcome", "Tervetuloa", body: MarkdownNode(.document, children: [MarkdownNode(.paragraph, children: inlines)]))
        let policy = HTMLProfilePolicy(configuration: site.channel, profile: profile)
        let rewriter = BodyLinkRewriter(index: index, page: page, currentFile: HTMLLayout.pageFile(page), pageFile: HTMLLayout.pageFile,
                                        style: policy.linkStyle, keepExternal: policy.keepsExternalLinks)
        return PageBody(page: page, rewriter: rewriter, sourceLocale: "en", allowRawHTML: false).html
    }

    @Test(arguments: [
        // (destination, link text, web HTML, tor HTML)
        ("01-welcome.md", "me", #"<p><a href="./">me</a></p>"#, #"<p><a href="index.html">me</a></p>"#),
        ("./02-strong-passwords.md#tips", "pw", #"<p><a href="../../../en/online-road-safety/02-strong-passwords/#tips">pw</a></p>"#,
         #"<p><a href="../../../en/online-road-safety/02-strong-passwords/index.html#tips">pw</a></p>"#),
        ("../../outside.md", "out", "<p>out</p>", "<p>out</p>"),
        ("notes.txt", "notes", "<p>notes</p>", "<p>notes</p>"),
        ("../_assets/missing.pdf", "pdf", "<p>pdf</p>", "<p>pdf</p>"),
        ("../_assets/shield.svg", "svg", #"<p><a href="../../../assets/shield.svg">svg</a></p>"#, #"<p><a href="../../../assets/shield.svg">svg</a></p>"#),
        ("mailto:help@example.org", "help@example.org", #"<p><a href="mailto:help@example.org">help@example.org</a></p>"#, "<p>help@example.org</p>"),
        ("https://example.org/a", "site", #"<p><a href="https://example.org/a">site</a></p>"#, "<p>site (https://example.org/a)</p>"),
    ])
    func rewritesLinks(destination: String, text: String, web: String, tor: String) {
        let link = F.link(destination, text)
        #expect(render([link], profile: .web) == web + "\n")
        #expect(render([link], profile: .tor) == tor + "\n")
    }

    @Test func remoteImagesBecomeTheirAltTextOnTor() {
        let image = F.image("https://example.org/x.png", alt: "A map")
        #expect(render([image], profile: .web) == #"<p><img src="https://example.org/x.png" alt="A map" /></p>"# + "\n")
        #expect(render([image], profile: .tor) == "<p>A map</p>\n")
    }
}
