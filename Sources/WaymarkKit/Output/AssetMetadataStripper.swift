import Foundation

/// Removes metadata from images for the onion mirror (SPEC §8): authoring
/// tools leave names, dates, GPS positions and software versions in files,
/// which can identify the people behind a help service.
enum AssetMetadataStripper {
    static func strip(_ data: Data, path: String) -> Data {
        switch path.split(separator: ".").last?.lowercased() {
        case "png": return stripPNG(data) ?? data
        case "jpg", "jpeg": return stripJPEG(data) ?? data
        case "svg": return stripSVG(data)
        default: return data
        }
    }

    /// Keeps only the chunks needed to draw: drops tEXt, zTXt, iTXt, eXIf and tIME.
    static func stripPNG(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { return nil }
        let dropped: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]
        var output = signature
        var index = 8
        while index + 12 <= bytes.count {
            let length = Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let type = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            if !dropped.contains(type) { output += bytes[index..<end] }
            index = end
        }
        return Data(output)
    }

    /// Drops APP1-APP15 (EXIF, XMP, ...) and COM segments; keeps APP0 (JFIF) and image data.
    static func stripJPEG(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var output: [UInt8] = [0xFF, 0xD8]
        var index = 2
        while index + 4 <= bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            if marker == 0xDA { break } // start of scan: the rest is image data
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            let isMetadata = (0xE1...0xEF).contains(marker) || marker == 0xFE
            if !isMetadata { output += bytes[index..<end] }
            index = end
        }
        output += bytes[index...]
        return Data(output)
    }

    /// Removes `<metadata>` elements, comments and editor namespaces' attributes are left alone.
    static func stripSVG(_ data: Data) -> Data {
        guard var text = String(data: data, encoding: .utf8) else { return data }
        for (open, close) in [("<metadata", "</metadata>"), ("<!--", "-->")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return Data(text.utf8)
    }
}
