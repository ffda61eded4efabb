import Foundation
import Testing
@testable import WaymarkKit

struct AssetMetadataStripperTests {
    /// A real 1x1 PNG with a tEXt chunk (Author) and a tIME chunk, as image editors write them.
    static func pngWithMetadata() -> Data {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let length = UInt32(body.count)
            let typeBytes = Array(type.utf8)
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in typeBytes + body {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            crc ^= 0xFFFF_FFFF
            func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
            return be(length) + typeBytes + body + be(crc)
        }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        bytes += chunk("tEXt", Array("Author\u{0}Jane Volunteer".utf8))
        bytes += chunk("tIME", [7, 234, 11, 26, 7, 0, 0])
        bytes += chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])
        bytes += chunk("IEND", [])
        return Data(bytes)
    }

    @Test func pngLosesTextAndTimeChunksOnly() throws {
        let original = Self.pngWithMetadata()
        let stripped = AssetMetadataStripper.strip(original, path: "a.png")
        #expect(stripped.count < original.count)
        #expect(stripped.range(of: Data("Jane Volunteer".utf8)) == nil)
        #expect(stripped.range(of: Data("tIME".utf8)) == nil)
        #expect(stripped.range(of: Data("IDAT".utf8)) != nil)
        #expect(stripped.range(of: Data("IEND".utf8)) != nil)
    }

    @Test func jpegLosesExifAndComments() {
        let exif: [UInt8] = [0xFF, 0xE1, 0x00, 0x0A] + Array("Exif\0\0GPS".utf8).prefix(8)
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x07] + Array("hello".utf8)
        let jfif: [UInt8] = [0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9]
        let jpeg = Data([0xFF, 0xD8] + jfif + exif + comment + scan)
        let stripped = [UInt8](AssetMetadataStripper.strip(jpeg, path: "photo.JPG"))
        #expect(stripped == [0xFF, 0xD8] + jfif + scan)
    }

    @Test func svgLosesMetadataAndComments() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- made by Jane --><metadata><rdf:RDF>author</rdf:RDF></metadata><title>Road</title></svg>"
        let stripped = String(decoding: AssetMetadataStripper.strip(Data(svg.utf8), path: "road.svg"), as: UTF8.self)
        #expect(stripped == "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Road</title></svg>")
    }

    @Test func unknownFormatsAndBrokenFilesPassThrough() {
        let data = Data("not really a png".utf8)
        #expect(AssetMetadataStripper.strip(data, path: "x.png") == data)
        #expect(AssetMetadataStripper.strip(data, path: "x.pdf") == data)
    }
}
