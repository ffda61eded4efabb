import Testing
@testable import WaymarkKit

struct UITextTests {
    @Test func localizedStringsWinOverDefaults() {
        let ui = UIText(["home": "Inicio", "completeness": "{percent} % traducido"])
        #expect(ui["home"] == "Inicio")
        #expect(ui["next"] == "Next")
        #expect(ui["no-such-key"] == "no-such-key")
        #expect(ui.completeness(0.666) == "66 % traducido")
    }

    @Test(arguments: [("ar", "rtl"), ("he-IL", "rtl"), ("fa", "rtl"), ("en", "ltr"), ("fi", "ltr"), ("zh-Hant", "ltr")])
    func writingDirectionFollowsTheLanguage(locale: String, direction: String) {
        #expect(TextDirection.of(locale) == direction)
    }
}
