import Foundation
import Testing
@testable import WaymarkKit

struct PageWeightTests {
    @Test func everyTorPageIsWeighedAndUnderTheDefaultBudget() {
        let rendering = ChannelFixture.site(ChannelFixture.tor).render()
        #expect(rendering.pageWeights.count == 5)
        #expect(rendering.diagnostics.isEmpty)
        let welcome = rendering.pageWeights.first { $0.path == "en/online-road-safety/01-welcome/index.html" }
        let html = rendering.text("en/online-road-safety/01-welcome/index.html")?.utf8.count ?? 0
        let css = rendering.text("waymark.css")?.utf8.count ?? 0
        let favicon = rendering.files.first { $0.path == "favicon.png" }?.contents.count ?? 0
        let pngs = rendering.files.filter { $0.path.hasPrefix("assets/shield") && $0.path.hasSuffix(".png") }.reduce(0) { $0 + $1.contents.count }
        #expect(pngs > 0, "the SVG is drawn as PNG on tor")
        #expect(welcome?.bytes == html + css + favicon + pngs, "both PNG sizes count")
    }

    @Test func anImageOverTheBudgetTriggersPageWeightOnlyWhereItIsUsed() throws {
        let heavy = OutputFile(path: "shield.svg", contents: Data(repeating: 0x20, count: 120_000))
        let rendering = ChannelFixture.site(ChannelFixture.tor, assets: [heavy]).render()
        #expect(rendering.diagnostics.count == 2, "the welcome page in en and fi")
        let diagnostic = try #require(rendering.diagnostics.first)
        #expect(diagnostic.ruleID == "page-weight" && diagnostic.severity == .error)
        #expect(diagnostic.location == WaymarkKit.SourceLocation(path: "Locales/fi/online-road-safety/01-welcome.po", line: 1, column: 1))
        #expect(diagnostic.description.hasPrefix("Locales/fi/online-road-safety/01-welcome.po:1:1: error: page fi/online-road-safety/01-welcome/index.html weighs "))
    }

    @Test func aTightBudgetTriggersAndAGenerousOneDoesNot() {
        var tight = ChannelFixture.tor
        tight.pageWeightBudget = 1_000
        #expect(ChannelFixture.site(tight).render().diagnostics.count == 5)
        var generous = ChannelFixture.tor
        generous.pageWeightBudget = 1_000_000
        #expect(ChannelFixture.site(generous).render().diagnostics.isEmpty)
    }

    @Test func webPagesAreWeighedButNotEnforced() {
        var web = ChannelFixture.web
        web.pageWeightBudget = 1_000
        let rendering = ChannelFixture.site(web).render()
        #expect(rendering.pageWeights.allSatisfy { $0.isOverBudget })
        #expect(rendering.diagnostics.isEmpty)
    }
}
