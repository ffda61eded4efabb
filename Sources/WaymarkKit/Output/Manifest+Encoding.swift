import Foundation

/// `manifest.json`'s bytes written directly, in exactly the format `StableJSON`
/// (Foundation's `JSONEncoder`: sorted keys, `"key" : value`, two-space
/// indentation, slashes unescaped) gives the same value, which
/// `ManifestEncodingTests` checks against it. A channel of 10,000 pages lists
/// about 40,000 files, and the encoder's boxing of every entry was the largest
/// serial step left after rendering; reading a previous manifest back
/// (`publishedPaths`) only needs each entry's path and size.
extension Manifest {
    /// The same bytes as `StableJSON.encode(self)`.
    func directlyEncoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(160 * files.count + 256)
        func append(_ text: String) { out.append(contentsOf: text.utf8) }
        append("{\n  \"channel\" : ")
        Self.appendQuoted(channel, to: &out)
        append(",\n  \"files\" : [\n")
        if files.isEmpty { append("\n") }
        for (index, entry) in files.enumerated() {
            append("    {\n      \"bytes\" : \(entry.bytes),\n      \"path\" : ")
            Self.appendQuoted(entry.path, to: &out)
            append(",\n      \"sha256\" : ")
            Self.appendQuoted(entry.sha256, to: &out)
            append(index == files.count - 1 ? "\n    }\n" : "\n    },\n")
        }
        append("  ]")
        if let generated {
            append(",\n  \"generated\" : ")
            Self.appendQuoted(generated, to: &out)
        }
        if let sourceRevision {
            append(",\n  \"source-revision\" : ")
            Self.appendQuoted(sourceRevision, to: &out)
        }
        append(",\n  \"waymark\" : ")
        Self.appendQuoted(waymark, to: &out)
        append("\n}\n")
        return Data(out)
    }

    /// `text` as JSONEncoder quotes it: `"` and `\` escaped, the five short
    /// control escapes, every other control character below U+0020 as `\u00xx`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0..<0x20: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension Manifest {
    /// Path -> size of each entry of manifest bytes `data`, read line by line in the
    /// format `directlyEncoded` writes; anything else (an escaped path, another
    /// layout) is decoded in full instead. Nil when it is not a manifest.
    static func entrySizes(in data: Data) -> [String: Int]? {
        let bytesPrefix = Array("      \"bytes\" : ".utf8), pathPrefix = Array("      \"path\" : \"".utf8)
        let fast: [String: Int]? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var sizes: [String: Int] = [:]
            var size: Int?
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.starts(with: bytesPrefix) {
                    let digits = line.dropFirst(bytesPrefix.count).dropLast()  // the trailing comma
                    guard line.last == UInt8(ascii: ","), let value = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
                    size = value
                } else if line.starts(with: pathPrefix) {
                    let path = line.dropFirst(pathPrefix.count).dropLast(2)  // `",`
                    guard line.count >= pathPrefix.count + 2, line.suffix(2).elementsEqual([0x22, 0x2C]),
                          !path.contains(UInt8(ascii: "\\")), let value = size else { return nil }
                    sizes[String(decoding: path, as: UTF8.self)] = value
                    size = nil
                }
            }
            return sizes
        }
        if let fast, !fast.isEmpty { return fast }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return nil }
        return Dictionary(manifest.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }
}
