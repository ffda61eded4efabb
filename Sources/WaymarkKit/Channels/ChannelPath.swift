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
        if isASCII(relative), isASCII(directory) { return asciiResolve(relative, in: directory) }
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
        if let relative = asciiRelative(from: from, to: to) { return relative }
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

    /// `relative(from:to:)` on bytes for ASCII paths (every generated path), where a
    /// byte is a `Character`; nil for any other path, which takes the `Character` way.
    private static func asciiRelative(from: String, to: String) -> String? {
        var from = from, to = to
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes -> String? in
                guard fromBytes.allSatisfy({ $0 < 0x80 }), toBytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                let slash = UInt8(ascii: "/")
                let directoryEnd = fromBytes.lastIndex(of: slash) ?? 0
                let fromParts = segments(of: UnsafeBufferPointer(rebasing: fromBytes[..<directoryEnd]))
                let toParts = segments(of: toBytes)
                var common = 0
                while common < fromParts.count, common < toParts.count - 1,
                      fromBytes[fromParts[common]].elementsEqual(toBytes[toParts[common]]) {
                    common += 1
                }
                var result: [UInt8] = []
                result.reserveCapacity(3 * (fromParts.count - common) + toBytes.count)
                for _ in common..<fromParts.count {
                    if !result.isEmpty { result.append(slash) }
                    result.append(UInt8(ascii: "."))
                    result.append(UInt8(ascii: "."))
                }
                for part in toParts[common...] {
                    if !result.isEmpty { result.append(slash) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: toBytes[part]))
                }
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// The ranges of the non-empty `/`-separated parts of `bytes`.
    private static func segments(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        return parts
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `resolve(_:in:)` on bytes for ASCII paths.
    private static func asciiResolve(_ relative: String, in directory: String) -> String? {
        var relative = relative, directory = directory
        return directory.withUTF8 { directoryBytes in
            relative.withUTF8 { relativeBytes -> String? in
                var output: [UInt8] = []
                output.reserveCapacity(directoryBytes.count + relativeBytes.count + 1)
                // Where each part ends in `output`, so `..` can drop the last one.
                var ends: [Int] = []
                func append(_ part: Slice<UnsafeBufferPointer<UInt8>>) {
                    if !output.isEmpty { output.append(UInt8(ascii: "/")) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: part))
                    ends.append(output.count)
                }
                for part in segments(of: directoryBytes) { append(directoryBytes[part]) }
                for part in segments(of: relativeBytes) {
                    let bytes = relativeBytes[part]
                    if bytes.elementsEqual(CollectionOfOne(UInt8(ascii: "."))) { continue }
                    if bytes.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                        guard !ends.isEmpty else { return nil }
                        ends.removeLast()
                        output.removeSubrange((ends.last ?? 0)...)
                        continue
                    }
                    append(bytes)
                }
                return String(decoding: output, as: UTF8.self)
            }
        }
    }
}
