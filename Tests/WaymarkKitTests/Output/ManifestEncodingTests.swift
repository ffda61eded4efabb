import Foundation
import Testing
@testable import WaymarkKit

/// `Manifest.encoded()` writes its bytes directly; they must stay exactly what
/// Foundation's encoder (`StableJSON`) gives, for every string a path, channel
/// or revision may hold, and the fast reader must agree with the decoder.
struct ManifestEncodingTests {
    /// Every control character, quotes, backslashes, slashes, DEL, line separators and astral scalars.
    static let awkward: String = {
        var text = ""
        for code in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(code))) }
        return text + "\"\\/é\u{7F}\u{2028}😀 ü"
    }()

    static func manifest(files: [OutputFile], revision: String?, epoch: Int?, channel: String = "web") -> Manifest {
        Manifest(channel: channel, files: files, sourceRevision: revision, sourceDateEpoch: epoch)
    }

    static let cases: [Manifest] = [
        manifest(files: [], revision: nil, epoch: nil),
        manifest(files: [OutputFile(path: "index.html", text: "x")], revision: nil, epoch: nil),
        manifest(files: [OutputFile(path: "a/b/index.html", text: "1"), OutputFile(path: "z.json", text: "")], revision: "0123abc", epoch: 1_700_000_000),
        manifest(files: [OutputFile(path: "en/\(awkward)/index.html", text: awkward)], revision: awkward, epoch: nil, channel: awkward),
        manifest(files: (0..<300).map { OutputFile(path: "p\($0)/index.html", text: String(repeating: "w", count: $0)) }, revision: nil, epoch: 0),
    ]

    @Test(arguments: cases.indices)
    func directBytesEqualTheEncoders(_ index: Int) throws {
        let manifest = Self.cases[index]
        let expected = try StableJSON.encode(manifest)
        #expect(manifest.encoded() == expected, "\(String(decoding: manifest.encoded(), as: UTF8.self))")
        #expect(try JSONDecoder().decode(Manifest.self, from: manifest.encoded()) == manifest)
    }

    @Test(arguments: cases.indices)
    func entrySizesMatchTheDecoder(_ index: Int) throws {
        let manifest = Self.cases[index]
        let sizes = Manifest.entrySizes(in: manifest.encoded())
        #expect(sizes == Dictionary(manifest.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first }))
    }

    @Test func entrySizesOfOtherJSONComeFromTheDecoderOrNothing() throws {
        let compact = try JSONEncoder().encode(Self.cases[2])
        #expect(Manifest.entrySizes(in: compact) == ["a/b/index.html": 1, "z.json": 0])
        #expect(Manifest.entrySizes(in: Data("not json".utf8)) == nil)
        #expect(Manifest.entrySizes(in: Data()) == nil)
    }
}
