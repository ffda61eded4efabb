/// Turns a request target's path into a key of the in-memory site, or nil.
/// Each segment is percent-decoded on its own after splitting, so `%2F` never
/// becomes a separator; `.`, `..`, NUL, control characters, backslashes and
/// invalid UTF-8 are refused. The result can only name a file of the built
/// channel: the server never looks at the file system.
enum PreviewPath {
    /// What a decoded path asks for.
    enum Target: Equatable {
        /// A file key (`es/a/01-b/index.html`).
        case file(String)
        /// A folder asked for without its trailing slash; the key is its `index.html`.
        case folder(String)
    }

    /// The decoded segments, or nil when the path is not one the site could hold.
    static func segments(_ rawPath: String) -> [String]? {
        guard rawPath.first == "/" else { return nil }
        var result: [String] = []
        for segment in rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = percentDecoded(Substring(segment)), isAllowed(decoded) else { return nil }
            result.append(decoded)
        }
        return result
    }

    /// The key for `rawPath`: a trailing slash (or the root) means the folder's `index.html`.
    static func target(_ rawPath: String, exists: (String) -> Bool) -> Target? {
        guard let parts = segments(rawPath) else { return nil }
        let joined = parts.joined(separator: "/")
        if parts.isEmpty { return .file("index.html") }
        if rawPath.hasSuffix("/") { return .file(joined + "/index.html") }
        if !exists(joined), exists(joined + "/index.html") { return .folder(joined + "/index.html") }
        return .file(joined)
    }

    static func percentDecoded(_ segment: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = segment.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(HexDigit.value), let low = iterator.next().flatMap(HexDigit.value) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func isAllowed(_ segment: String) -> Bool {
        segment != "." && segment != ".." && !segment.unicodeScalars.contains {
            $0.value < 0x20 || $0.value == 0x7F || $0 == "/" || $0 == "\\"
        }
    }
}
