import Testing
@testable import WaymarkKit

struct URLSafetyTests {
    @Test(arguments: [
        "https://example.org/", "HTTP://example.org", "mailto:help@example.org", "tel:112", "02-passwords.md",
        "../_assets/map.png", "#top", "?q=1", "", "page.md?x=a:b", "%6Aavascript", "https://example.org/?u=javascript:x",
        "ja\u{200B}vascript:alert(1)",
    ])
    func publishes(url: String) {
        #expect(URLSafety.isPublishable(url), "\(url.debugDescription)")
    }

    @Test(arguments: [
        ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"), (" javascript:x", "javascript"),
        ("java\tscript:x", "javascript"), ("java\nscript:x", "javascript"), ("java\0script:x", "javascript"),
        ("\u{1B}javascript:x", "javascript"), ("&#106;avascript:x", "javascript"), ("&#x6A;avascript:x", "javascript"),
        ("javascript&colon;x", "javascript"), ("jav&Tab;ascript:x", "javascript"), ("%6Aavascript:x", "javascript"),
        ("%256Aavascript:x", "javascript"), ("&amp;#106;avascript:x", "javascript"), ("vbscript:x", "vbscript"),
        ("data:image/svg+xml;base64,PHN2Zz4=", "data"), ("data:image/png;base64,iVBO", "data"), ("file:///etc/passwd", "file"),
        ("blob:https://example.org/1", "blob"), ("ftp://example.org", "ftp"), ("foo:bar.md", "foo"),
        // A combining mark after the colon makes ":\u{301}" one Character; browsers read code points.
        ("javascript:\u{301}alert(1)", "javascript"),
    ])
    func refuses(url: String, scheme: String) {
        #expect(URLSafety.unsafeScheme(of: url) == scheme, "\(url.debugDescription)")
    }

    @Test func schemesAreReadByByte() {
        #expect(ContentLink.scheme(of: "HTTPS://example.org") == "HTTPS")
        #expect(ContentLink.scheme(of: "a+b-c.d:x") == "a+b-c.d")
        #expect(ContentLink.scheme(of: "1abc:x") == nil)
        #expect(ContentLink.scheme(of: "ñ:x") == nil)
        #expect(ContentLink.scheme(of: "a\u{301}:x") == nil)
        #expect(ContentLink.scheme(of: "no colon") == nil)
        #expect(ContentLink.resolve(" 02-tips.md#ask ", fromPage: "Source-Content/guide/01-start.md") == .page(id: "guide/02-tips", fragment: "ask"))
        #expect(ContentLink.resolve("caf%C3%A9.md", fromPage: "Source-Content/guide/01-start.md") == .page(id: "guide/café", fragment: nil))
        #expect(ContentLink.resolve("\u{00A0}#top", fromPage: "Source-Content/guide/01-start.md") == .anchor("top"))
    }
}
