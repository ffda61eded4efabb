import Testing
@testable import WaymarkKit

@Suite struct InlineMarkupInventoryTests {
    @Test func countsEveryKindOfInlineMarkup() {
        let inventory = InlineMarkupInventory(
            "A *b* **c** ~~d~~ `e` [f](g.md) <https://h.org> ![i](j.png)  \nk[^1] {{name}} {{ ui.back }}")
        #expect(inventory.emphasis == 1)
        #expect(inventory.strong == 1)
        #expect(inventory.strikethrough == 1)
        #expect(inventory.codeSpans == 1)
        #expect(inventory.lineBreaks == 1)
        #expect(inventory.linkDestinations == ["g.md", "https://h.org"])
        #expect(inventory.imageSources == ["j.png"])
        #expect(inventory.placeholders == ["name", "ui.back"])
    }

    @Test func translationWithSameMarkupHasEqualInventory() {
        let source = InlineMarkupInventory("Use a *long* [password](p.md) for {{site}}.")
        let good = InlineMarkupInventory("Usa una [contraseña](p.md) *larga* para {{site}}.")
        let bad = InlineMarkupInventory("Usa una contraseña larga para {{sitio}}.")
        #expect(source == good)
        #expect(source != bad)
        #expect(bad.linkDestinations.isEmpty && bad.emphasis == 0 && bad.placeholders == ["sitio"])
    }

    @Test(arguments: [("{{a}}{{b}}", ["a", "b"]), ("{{ not valid }}", []), ("{{x", []), ("{{}}", []), ("{{{y}}}", ["y"])])
    func placeholderNames(text: String, names: [String]) {
        #expect(InlineMarkupInventory.placeholderNames(in: text) == names)
    }
}
