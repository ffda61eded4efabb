/// What a link or image destination written in a page points at, resolved
/// against the page's folder in `Source-Content/` (SPEC §4).
public enum ContentLink: Sendable, Hashable {
    /// Has a URL scheme: `https:`, `mailto:`, `tel:`.
    case external(String)
    /// `#section` within the same page.
    case anchor(String)
    /// Another page, by id (`program/slug`), with an optional `#fragment`.
    case page(id: String, fragment: String?)
    /// A file inside `Source-Content/` (usually `_assets/`), project-relative path.
    case file(path: String)
    /// Cannot work in every channel; the reason says why.
    case invalid(reason: String)

    /// Resolves `destination` as written in the page at `pagePath` (project-relative `.md` path).
    public static func resolve(_ destination: String, fromPage pagePath: String) -> ContentLink {
        let trimmed = Self.isTrimmed(destination) ? destination : destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .invalid(reason: "empty link destination") }
        if trimmed.hasPrefix("#") { return .anchor(String(trimmed.dropFirst())) }
        if hasScheme(trimmed) { return .external(trimmed) }
        if trimmed.hasPrefix("/") { return .invalid(reason: "site-absolute path; write a path relative to this page") }
        var pathPart = trimmed
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        if let query = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<query]) }
        let decoded = pathPart.containsUTF8(UInt8(ascii: "%")) ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        var components = pagePath.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard components.count > 1 else { return .invalid(reason: "path leaves Source-Content/") }
                components.removeLast()
            } else {
                components.append(String(part))
            }
        }
        let resolved = components.joined(separator: "/")
        let prefix = ContentLoader.contentFolder + "/"
        guard resolved.hasPrefix(prefix) else { return .invalid(reason: "path leaves Source-Content/") }
        if resolved.hasSuffix(".md") {
            return .page(id: String(resolved.dropFirst(prefix.count).dropLast(3)), fragment: fragment)
        }
        return .file(path: resolved)
    }

    /// Whether `text` starts with a URL scheme (`https:`, `mailto:`, RFC 3986: ASCII letter,
    /// then letters, digits, `+`, `-`, `.`). The one scheme test rules and channels share.
    static func hasScheme(_ text: String) -> Bool {
        scheme(of: text) != nil
    }

    /// The scheme `text` starts with, as written (`HTTPS` stays `HTTPS`), or nil.
    /// By byte, as browsers read a URL (by code point, not by Character): a scheme is ASCII,
    /// so a combining mark after the colon cannot hide it.
    static func scheme(of text: String) -> Substring? {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = bytes[..<colon]
        guard let first = scheme.first, ProseScanner.isASCIILetter(first) else { return nil }
        let allowed = scheme.allSatisfy { ProseScanner.isASCIIAlphanumeric($0)
            || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        return allowed ? text[..<colon] : nil
    }

    /// True when `text` neither starts nor ends with a blank (`.whitespaces`), decided by its
    /// first and last byte when both are ASCII, so most destinations skip Foundation's trim.
    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80 else { return false }
        return first != UInt8(ascii: " ") && first != UInt8(ascii: "\t") && last != UInt8(ascii: " ") && last != UInt8(ascii: "\t")
    }
}
