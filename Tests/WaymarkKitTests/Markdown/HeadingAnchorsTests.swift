import Testing
@testable import WaymarkKit

/// Stable heading ids (SPEC §8): slugs from the source text, unique per page, `{#id}` overrides.
@Suite struct HeadingAnchorsTests {
    @Test(arguments: [
        ("Strong passwords", "strong-passwords"),
        ("What is *grooming*?", "what-is-grooming"),
        ("Über uns — Kontakt", "uber-uns-kontakt"),
        ("Step 2: ask_for help", "step-2-ask-for-help"),
        ("!!!", "section"),
    ])
    func slugs(text: String, slug: String) {
        #expect(HeadingAnchors.slug(text) == slug)
    }

    @Test func idsAreUniqueAndCustomIDsWin() {
        let document = MarkdownParser().parse("# Tips\n\n## Tips\n\n> ## Ask for help {#help}\n\n## Tips\n\n## Tips {#not an id}\n")
        #expect(HeadingAnchors.ids(in: document) == ["tips", "tips-1", "help", "tips-2", "tips-not-an-id"])
        let stripped = HeadingAnchors.strippingCustomIDs(document)
        #expect(HeadingAnchors.headings(in: stripped).map(\.plainText) == ["Tips", "Tips", "Ask for help", "Tips", "Tips {#not an id}"])
    }

    @Test func customIDIsNotPartOfTheSegment() {
        let segments = Segmenter().segments(source: "## Ask for help {#help}\n\nSetext title {#intro}\n---\n")
        #expect(segments.map(\.text) == ["Ask for help", "Setext title"])
    }
}
