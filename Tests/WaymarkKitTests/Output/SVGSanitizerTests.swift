import Foundation
import Testing
@testable import WaymarkKit

struct SVGSanitizerTests {
    static func sanitized(_ svg: String) -> (String, [String])? {
        guard case .sanitized(let data, let removed) = SVGSanitizer.sanitize(Data(svg.utf8)) else { return nil }
        return (String(decoding: data, as: UTF8.self), removed.map(\.what))
    }

    @Test func cleanSVGIsPublishedByteForByte() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/><use href=\"#g\"/></svg>"
        #expect(SVGSanitizer.sanitize(Data(svg.utf8)) == .clean)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script> element"),
        ("<foreignObject><p>x</p></foreignObject>", "<foreignobject> element"),
        ("<circle onload=\"alert(1)\"/>", "event handler 'onload'"),
        ("<image href=\"https://tracker.example/p.gif\"/>", "'href' to 'https://tracker.example/p.gif'"),
        ("<a xlink:href=\"javascript:alert(1)\"/>", "'href' to 'javascript:alert(1)'"),
        ("<rect style=\"fill:url(https://tracker.example/p)\"/>", "'style' loading outside resources"),
        ("<style>@import url(x.css);</style>", "<style> loading outside resources"),
        ("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "<set> changing 'href'"),
        ("<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>", "<script> element"),
    ])
    func removesWhatCouldRunOrLoad(inner: String, removal: String) throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\(inner)<circle r=\"1\"/></svg>"
        let (output, removed) = try #require(Self.sanitized(svg))
        #expect(removed == [removal])
        #expect(output.contains("<circle r=\"1\"/>") && !output.contains("alert") && !output.contains("tracker"))
    }

    @Test(arguments: [
        "<svg><circle/></svg>", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "<svg xmlns=\"http://www.w3.org/2000/svg\">",
        "<!DOCTYPE svg [<!ENTITY a \"x\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>", "",
    ])
    func refusesWhatCannotBeMadeSafe(svg: String) {
        guard case .refused = SVGSanitizer.sanitize(Data(svg.utf8)) else {
            Issue.record("not refused: \(svg)")
            return
        }
    }

    @Test func publicDoctypeWithoutEntitiesIsKept() {
        let svg = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        #expect(SVGSanitizer.sanitize(Data(svg.utf8)) == .clean)
    }
}
