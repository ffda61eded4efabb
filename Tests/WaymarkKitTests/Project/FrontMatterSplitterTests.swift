import Foundation
import Testing
@testable import WaymarkKit

/// The byte-level front matter split gives exactly what the `Character` split
/// it replaced gives (`reference`, the old definition), on the sample pages and
/// on seeded variants with CRLF, lone CR, fences, combining marks and BOMs.
@Suite("Front matter split by bytes")
struct FrontMatterSplitterTests {
    /// The old definition.
    static func reference(_ text: String) -> (yaml: String, body: String)? {
        let text = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---" else { return nil }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        for index in 0...end { lines[index] = "" }
        return (yaml, lines.joined(separator: "\n"))
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let new = FrontMatterSplitter.split(text), old = reference(text)
        #expect(new.map { Array($0.yaml.utf8) } == old.map { Array($0.yaml.utf8) }, "\(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
        #expect(new.map { Array($0.body.utf8) } == old.map { Array($0.body.utf8) }, "\(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
    }

    static var pages: [String] {
        let files = TestPaths.sampleProject.files
        return files.keys.sorted().filter { $0.hasSuffix(".md") }.compactMap { files[$0].flatMap { String(data: $0, encoding: .utf8) } }
    }

    @Test("fences, empty front matter and line ends", arguments: [
        "---", "---\n", "---\n---", "---\n---\n", "---\n...\nbody", "---\ntitle: A\n---\nbody\n", "--- \ntitle: A\n---\n",
        "---\r\ntitle: A\r\n---\r\nbody\r\n", "---\r\r\ntitle: A\r\n---\r\n", "---\ntitle: A\r---\nx", "---\n---\u{301}\n---\n",
        "\u{FEFF}---\n---\n", "---\ntitle: \"é\"\n\n----\n.. .\n...\n\n# H\n", "x\n---\n---\n", "",
    ])
    func cases(text: String) {
        Self.expectSame(text)
    }

    @Test("sample pages and seeded variants split the same")
    func variants() {
        var random = SeededRandom(seed: 0xF2_0A77)
        let pieces = ["\n", "\r\n", "\r", "\r\r\n", "---", "...", "---\n", "\n...\n", "\u{301}", " ", "é", "\u{FEFF}", "title: x\n"]
        let pages = Self.pages
        #expect(pages.count >= 10)
        for page in pages { Self.expectSame(page) }
        for round in 0..<1500 {
            var scalars = Array(pages[round % pages.count].unicodeScalars.prefix(400))
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let at = Int.random(in: 0...scalars.count, using: &random)
                if Bool.random(using: &random) {
                    scalars.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)].unicodeScalars, at: at)
                } else {
                    scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...20, using: &random)))
                }
            }
            Self.expectSame(String(String.UnicodeScalarView(scalars)))
        }
    }
}
