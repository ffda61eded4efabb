import Testing
@testable import WaymarkKit

struct ChannelPathTests {
    @Test(arguments: [
        ("en/a/01-x/index.html", "en/a/02-y/index.html", "../02-y/index.html"),
        ("en/a/01-x/index.html", "en/b/01-z/index.html", "../../b/01-z/index.html"),
        ("en/a/01-x/index.html", "fi/index.html", "../../../fi/index.html"),
        ("en/a/01-x/index.html", "waymark.css", "../../../waymark.css"),
        ("index.html", "en/index.html", "en/index.html"),
        ("en/index.html", "en/index.html", "index.html"),
        ("en/a/01-x.json", "assets/s.svg", "../../assets/s.svg"),
    ])
    func relativePaths(from: String, to: String, expected: String) {
        #expect(ChannelPath.relative(from: from, to: to) == expected)
    }

    @Test(arguments: [
        ("en/a/01-x/index.html", "en/a/02-y/index.html", "../02-y/"),
        ("en/index.html", "en/index.html", "./"),
        ("index.html", "fi/index.html", "fi/"),
    ])
    func directoryStyleDropsIndexHTML(from: String, to: String, expected: String) {
        #expect(LinkStyle.directory.href(from: from, to: to) == expected)
    }

    @Test func resolvesDotSegmentsAndRefusesToLeaveTheRoot() {
        #expect(ChannelPath.resolve("../b/./c.md", in: "a") == "b/c.md")
        #expect(ChannelPath.resolve("../../c.md", in: "a") == nil)
    }

    @Test(arguments: [("https://x.org", true), ("mailto:a@b", true), ("//cdn.x", true), ("a.md", false), ("#x", false), ("a:b/c", true), ("1a:b", false)])
    func detectsExternalURLs(destination: String, external: Bool) {
        #expect(ChannelPath.isExternal(destination) == external)
    }
}
