import Foundation
import Testing
@testable import WaymarkKit

/// SVG assets are drawn as PNG for tor through librsvg (issue 15).
struct SVGRasterizerTests {
    @Test func drawsTheSampleIllustrationsAtTheirSizeAndTwice() throws {
        let files = TestPaths.sampleProject
        let svg = try #require(files.files["Source-Content/_assets/road-sign.svg"])
        let drawn = try #require(SVGRasterizer.rasterize(svg))
        #expect(drawn.width == 200 && drawn.height == 160, "the SVG's own width and height")
        #expect(Self.pngSize(drawn.png) == (200, 160))
        #expect(Self.pngSize(drawn.doublePNG) == (400, 320))
        #expect(AssetMetadataStripper.stripPNG(drawn.png) == drawn.png, "no text or time chunks")
    }

    @Test func usesTheViewBoxWhenTheSVGHasNoSize() throws {
        let svg = Data(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 20"><rect width="30" height="20" fill="#0b5cad"/></svg>"##.utf8)
        let drawn = try #require(SVGRasterizer.rasterize(svg))
        #expect(drawn.width == 30 && drawn.height == 20)
    }

    @Test func keepsWhatLibrsvgCannotRead() {
        let broken = OutputFile(path: "broken.svg", contents: Data("<svg".utf8))
        let good = OutputFile(path: "a/dot.svg", contents: Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>"#.utf8))
        let (assets, images) = SVGRasterizer.rasterizingSVGs([broken, good])
        #expect(assets.map(\.path) == ["broken.svg", "a/dot.png", "a/dot@2x.png"])
        #expect(images["a/dot.svg"] == RasterizedImage(file: "a/dot.png", doubleFile: "a/dot@2x.png", width: 4, height: 4))
        #expect(images["broken.svg"] == nil)
    }

    static func pngSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        guard bytes.count > 24 else { return (0, 0) }
        let number = { (at: Int) in Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
        return (number(16), number(20))
    }
}
