import Testing
@testable import WaymarkKit

struct URLScannerTests {
    @Test(arguments: [
        ("See [the guide](https://example.org/guide).", ["https://example.org/guide"]),
        ("Go to <https://example.org>, or www.example.fi.", ["https://example.org", "www.example.fi"]),
        ("Read https://en.wikipedia.org/wiki/Safety_(disambiguation).", ["https://en.wikipedia.org/wiki/Safety_(disambiguation)"]),
        ("Write to help@example.org or [us](mailto:team@example.org).", ["mailto:team@example.org", "mailto:help@example.org"]),
        ("Call [116 111](tel:116111)!", ["tel:116111"]),
        ("[Link](https://example.org \"Title\")", ["https://example.org"]),
        ("No URL in e.g. this sentence, nor in 02-passwords.md.", []),
        ("Emphasis *https://example.org/x*.", ["https://example.org/x"]),
        ("Email user@localhost is not a public address.", []),
        // No colon and no `@`: only `www.` can start one, in any letter case.
        ("Visit WWW.Example.org today.", ["WWW.Example.org"]),
        ("Visit wWw.example.org today.", ["wWw.example.org"]),
        ("A wwwx.example.org host and www without a dot.", []),
        ("Plain words, nothing else.", []),
    ])
    func findsAbsoluteURLs(text: String, expected: [String]) {
        #expect(URLScanner.urls(in: text) == expected)
    }
}
