/// Forward-slash path arithmetic for channel output, independent of the file system.
enum ChannelPath {
    /// The folder part of `path` (`en/a/index.html` -> `en/a`); empty at the root.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Joins `relative` onto `directory` and resolves `.` and `..`.
    /// Returns nil when the result would leave the root.
    static func resolve(_ relative: String, in directory: String) -> String? {
        var parts = directory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The relative URL from the file `from` to the file `to`, both relative to the channel root.
    static func relative(from: String, to: String) -> String {
        let fromParts = directory(of: from).split(separator: "/").map(String.init)
        let toParts = to.split(separator: "/").map(String.init)
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts[common...]).joined(separator: "/")
    }

    /// True when `destination` has a URL scheme (`https:`, `mailto:`) or is protocol-relative.
    static func isExternal(_ destination: String) -> Bool {
        destination.hasPrefix("//") || ContentLink.hasScheme(destination)
    }

    /// Splits `a/b.md#frag` into (`a/b.md`, `#frag`); the fragment keeps its `#`.
    static func splitFragment(_ destination: String) -> (path: String, fragment: String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }
}
