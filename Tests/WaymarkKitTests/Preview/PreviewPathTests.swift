import Testing
@testable import WaymarkKit

struct PreviewPathTests {
    private static let site: Set<String> = ["index.html", "es/index.html", "es/guía/01-hola/index.html", "waymark.css"]

    private func target(_ path: String) -> PreviewPath.Target? {
        PreviewPath.target(path) { Self.site.contains($0) }
    }

    @Test func decodesEachSegmentAndMapsFoldersToIndex() {
        #expect(target("/") == .file("index.html"))
        #expect(target("/es/") == .file("es/index.html"))
        #expect(target("/es/gu%C3%ADa/01-hola/") == .file("es/guía/01-hola/index.html"))
        #expect(target("/es") == .folder("es/index.html"), "a folder without its slash is redirected so relative links work")
        #expect(target("/waymark.css") == .file("waymark.css"))
        #expect(target("//es//") == .file("es/index.html"))
    }

    /// Nothing decodes to a path that leaves the site or names something odd.
    @Test(arguments: [
        "/../etc/passwd", "/es/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd", "/es/%2e/index.html",
        "/a%2fb", "/a%5cb", "/a\\b", "/a%00.html", "/a%0a", "/%zz", "/%4", "/%ff%fe", "relative/path", "",
    ])
    func refusesPathsThatCannotBeSiteFiles(_ path: String) {
        #expect(target(path) == nil, "\(path)")
    }
}
