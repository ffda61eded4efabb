import Foundation
import Testing
@testable import WaymarkKit

/// cmark-gfm parses run with no lock (see `MarkdownParser`); these tests prove
/// that parses on every core at once give exactly the serial output.
@Suite struct MarkdownParserConcurrencyTests {
    static let examples = SpecExample.all

    /// Rendering through Waymark's tree and through cmark's own renderer, so both
    /// the converter and the C inline parser (special characters) are covered.
    static func render(_ markdown: String) -> String {
        MarkdownHTMLRenderer(options: MarkdownHTMLOptions(allowRawHTML: true)).render(MarkdownParser().parse(markdown))
            + CmarkReferenceRenderer.html(markdown, unsafe: true)
    }

    @Test func everyCoreAtOnceMatchesSerialOutput() {
        #expect(Self.examples.count > 600)
        let serial = Self.examples.map { Self.render($0.markdown) }
        let rounds = 8
        let inputs = Array(repeating: Array(Self.examples.indices), count: rounds).flatMap { $0 }
        let parallel = inputs.parallelMap { Self.render(Self.examples[$0].markdown) }
        var mismatches: [String] = []
        for (position, index) in inputs.enumerated() where parallel[position] != serial[index] {
            mismatches.append(Self.examples[index].description)
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) parallel parses differ: \(Set(mismatches).sorted().prefix(10))")
    }

    /// Strikethrough and autolinks depend on the special-character table that
    /// parses used to set and clear; they must survive heavy interleaving.
    @Test func extensionCharactersSurviveConcurrentParses() {
        let markdown = "~~gone~~ and www.example.org and https://example.org/x\n"
        let expected = Self.render(markdown)
        let results = Array(0..<4_000).parallelMap { _ in Self.render(markdown) }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<del>gone</del>"))
        #expect(expected.contains("href=\"http://www.example.org\""))
    }
}
