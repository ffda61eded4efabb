/// Finds absolute URLs written anywhere in a segment's Markdown: link and
/// image destinations, `<autolinks>`, bare `https://`, `www.`, `mailto:` and
/// `tel:` text, and bare e-mail addresses (reported as `mailto:` URLs, as GFM
/// links them). Relative destinations (pages, assets) are not URLs;
/// `markup-mismatch` compares those. Scans UTF-8 bytes: every delimiter is
/// ASCII, and the rules call it for every entry of every catalog.
enum URLScanner {
    /// Prefixes that start a URL, lowercase.
    static let prefixes: [[UInt8]] = ["https://", "http://", "ftp://", "mailto:", "tel:", "www."].map { Array($0.utf8) }

    /// Every URL in `text`, in order of the scan (URLs, then e-mail addresses),
    /// without trailing sentence punctuation.
    static func urls(in text: String) -> [String] {
        // Every prefix but `www.` holds a colon and every address an `@`: text with
        // neither (most of it) needs no copy and no scan unless it has a `www.`.
        guard text.containsUTF8(UInt8(ascii: ":")) || text.containsUTF8(UInt8(ascii: "@")) || mayHoldWWW(text) else { return [] }
        let bytes = Array(text.utf8)
        var found: [String] = []
        var covered: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard startsURL(bytes, at: index) else { index += 1; continue }
            var end = index
            var openParens = 0
            while end < bytes.count, !endsURL(bytes[end], openParens: &openParens) { end += 1 }
            let url = trimmed(bytes[index..<end])
            if url.count > 4 { found.append(String(decoding: url, as: UTF8.self)) }
            covered.append(index..<max(end, index + 1))
            index = max(end, index + 1)
        }
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") && !covered.contains(where: { $0.contains(at) }) {
            if let address = emailAddress(around: at, in: bytes) { found.append("mailto:" + address) }
        }
        return found
    }

    private static let trailingPunctuation = Set(".,;:!?*_~'".utf8)
    private static let localPunctuation = Set(".+-_%".utf8)

    private static func trimmed(_ url: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var url = url
        while let last = url.last, trailingPunctuation.contains(last) { url = url.dropLast() }
        return url
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte >= 0x80
    }

    /// Whether `text` holds `www.` in any letter case (the one prefix without a colon).
    private static func mayHoldWWW(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte | 0x20 == UInt8(ascii: "w") {
                run += 1
            } else {
                if byte == UInt8(ascii: "."), run >= 3 { return true }
                run = 0
            }
        }
        return false
    }

    private static func startsURL(_ bytes: [UInt8], at index: Int) -> Bool {
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "f") || first == UInt8(ascii: "m")
            || first == UInt8(ascii: "t") || first == UInt8(ascii: "w") else { return false }
        if index > 0, isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ".") { return false }
        return prefixes.contains { prefix in
            index + prefix.count <= bytes.count && zip(prefix, bytes[index...]).allSatisfy { expected, byte in
                expected == byte || (expected >= UInt8(ascii: "a") && expected == byte | 0x20)
            }
        }
    }

    /// Whitespace, quotes, angle and square brackets end a URL; `)` does
    /// unless it closes a `(` inside the URL (Wikipedia-style paths).
    private static func endsURL(_ byte: UInt8, openParens: inout Int) -> Bool {
        switch byte {
        case UInt8(ascii: "("): openParens += 1; return false
        case UInt8(ascii: ")"):
            guard openParens > 0 else { return true }
            openParens -= 1
            return false
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: " "), UInt8(ascii: "\t"),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        default: return false
        }
    }

    /// `name@host.tld` around the `@` at `at`, as GFM's extended autolinks read it.
    private static func emailAddress(around at: Int, in bytes: [UInt8]) -> String? {
        func isLocal(_ byte: UInt8) -> Bool { byte < 0x80 && (isAlphanumeric(byte) || localPunctuation.contains(byte)) }
        func isDomain(_ byte: UInt8) -> Bool { byte < 0x80 && (isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")) }
        var start = at
        while start > 0, isLocal(bytes[start - 1]) { start -= 1 }
        var end = at + 1
        while end < bytes.count, isDomain(bytes[end]) { end += 1 }
        let domain = trimmed(bytes[(at + 1)..<end])
        guard start < at, domain.contains(UInt8(ascii: ".")), let last = domain.last, (last | 0x20) >= UInt8(ascii: "a"), (last | 0x20) <= UInt8(ascii: "z") else { return nil }
        return String(decoding: bytes[start..<at], as: UTF8.self) + "@" + String(decoding: domain, as: UTF8.self)
    }
}
