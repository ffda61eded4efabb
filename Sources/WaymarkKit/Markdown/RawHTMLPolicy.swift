/// cmark-gfm's safety rules for raw HTML and URLs, reproduced byte for byte:
/// the `tagfilter` extension and the dangerous-URL scanner.
enum RawHTMLPolicy {
    /// Tags the GFM tagfilter neutralises even when raw HTML is allowed.
    private static let filteredTags: [[UInt8]] = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ].map { Array($0.utf8) }

    /// True when `tag` (bytes starting at a `<`) opens or closes a filtered tag.
    static func isFilteredTag(_ tag: ArraySlice<UInt8>) -> Bool {
        filteredTags.contains { matches(tag, name: $0) }
    }

    private static func matches(_ tag: ArraySlice<UInt8>, name: [UInt8]) -> Bool {
        let data = Array(tag.prefix(name.count + 4))
        guard data.count >= 3, data[0] == UInt8(ascii: "<") else { return false }
        var index = data[1] == UInt8(ascii: "/") ? 2 : 1
        for letter in name {
            guard index < data.count else { return false }
            guard lowercased(data[index]) == letter else { return false }
            index += 1
        }
        guard index < data.count else { return false }
        let next = data[index]
        if isSpace(next) || next == UInt8(ascii: ">") { return true }
        return next == UInt8(ascii: "/") && index + 1 < data.count && data[index + 1] == UInt8(ascii: ">")
    }

    /// True for URLs cmark blanks out unless unsafe rendering is on:
    /// `javascript:`, `vbscript:`, `file:` and `data:` other than common images.
    static func isDangerousURL(_ url: String) -> Bool {
        let lower = Array(url.utf8.prefix(16).map(lowercased))
        func hasPrefix(_ prefix: String) -> Bool { lower.starts(with: prefix.utf8) }
        if ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: hasPrefix) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: hasPrefix)
    }

    /// cmark's `cmark_isspace`.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

extension HTMLWriter {
    /// Writes allowed raw HTML, replacing the `<` of every filtered tag with `&lt;`.
    mutating func filteredRawHTML(_ html: String) {
        let data = Array(html.utf8)
        var start = 0
        for index in data.indices where data[index] == UInt8(ascii: "<") {
            trustedRawHTML(data[start..<index])
            if RawHTMLPolicy.isFilteredTag(data[index...]) {
                markup("&lt;")
            } else {
                trustedRawHTML(data[index...index])
            }
            start = index + 1
        }
        trustedRawHTML(data[start...])
    }
}
