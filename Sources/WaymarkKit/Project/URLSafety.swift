/// The one test for which URLs Waymark publishes (SPEC §4): relative references,
/// `http:`, `https:`, `mailto:` and `tel:`. Everything else (`javascript:`,
/// `vbscript:`, `data:`, `file:`, any unknown scheme) is `unsafe-url` and is never
/// emitted, in HTML or JSON, whatever the `rules:` settings say.
///
/// The URL is tested the way a browser or an app would read it, in every form an
/// attacker can hide a scheme in: tabs and newlines removed anywhere (the WHATWG URL
/// parser does that), control characters removed (Waymark strips them from output, so
/// `java\u{0}script:` would become `javascript:`), leading and trailing blanks trimmed,
/// and the same again after decoding HTML character references and percent-encoding.
enum URLSafety {
    /// Schemes a published URL may have, lowercase.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether `url` may be published: relative, or one of `allowedSchemes`, in every
    /// decoded form.
    static func isPublishable(_ url: String) -> Bool {
        unsafeScheme(of: url) == nil
    }

    /// The disallowed scheme `url` resolves to (lowercased, as a browser reads it), or nil
    /// when the URL is publishable.
    static func unsafeScheme(of url: String) -> String? {
        if url.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "&") }) {
            // Printable ASCII without `%` or `&` (nearly every link): normalizing and
            // decoding leave it as it is, so the URL as written is the only form to test.
            guard let scheme = ContentLink.scheme(of: url)?.lowercased(), !allowedSchemes.contains(scheme) else { return nil }
            return scheme
        }
        return decodedUnsafeScheme(of: url)
    }

    /// `unsafeScheme(of:)` tested in every normalized and decoded form.
    static func decodedUnsafeScheme(of url: String) -> String? {
        var candidate = url
        // Up to three decodings catch `&amp;#106;`- and `%256A`-style double encoding.
        for round in 0...3 {
            let visible = normalized(candidate)
            if let scheme = ContentLink.scheme(of: visible)?.lowercased(), !allowedSchemes.contains(scheme) { return scheme }
            guard round < 3 else { break }
            let decoded = percentDecoded(HTMLCharacterReferences.decoded(visible))
            if decoded == visible { break }
            candidate = decoded
        }
        return nil
    }

    /// `url` with ASCII tab, newline and every other control character removed and
    /// leading and trailing spaces trimmed.
    static func normalized(_ url: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: url.unicodeScalars.filter { !ControlCharacters.isControl($0) && $0 != "\t" && $0 != "\n" })
        return String(scalars).trimmingCharacters(in: .init(charactersIn: " "))
    }

    /// `%XX` sequences decoded where they form valid UTF-8; anything else left as is.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let high = HexDigit.value(utf8[index + 1]), let low = HexDigit.value(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
