import Testing
@testable import WaymarkKit

@Suite struct CatalogInterchangeMappingTests {
    @Test func translatedEntryCarriesNotesStateAndHash() {
        var entry = POEntry(msgctxt: "ui.save", msgid: "**Save**", translations: ["**Guardar**"])
        entry.extractedComments = ["Button label"]
        entry.references = ["_ui.yaml:4"]
        entry.translatorComments = ["short!"]
        let units = CatalogInterchangeMapping.units(for: entry)
        #expect(units == [InterchangeUnit(
            id: InterchangeUnit.stableID(context: "ui.save", source: "**Save**"), context: "ui.save",
            source: "**Save**", target: "**Guardar**", state: .translated,
            notes: [.init(category: .developer, text: "Button label"), .init(category: .location, text: "_ui.yaml:4"),
                    .init(category: .translator, text: "short!")],
            exportedTargetHash: InterchangeUnit.targetHash("**Guardar**")
        )])
    }

    @Test func untranslatedAndFuzzyEntriesAreInitial() {
        var fuzzy = POEntry(msgid: "a", translations: ["b"])
        fuzzy.isFuzzy = true
        let empty = POEntry(msgid: "c")
        #expect(CatalogInterchangeMapping.units(for: fuzzy).map(\.state) == [.initial])
        #expect(CatalogInterchangeMapping.units(for: fuzzy).map(\.target) == ["b"])
        #expect(CatalogInterchangeMapping.units(for: empty).map(\.target) == [nil])
        #expect(CatalogInterchangeMapping.units(for: empty).map(\.exportedTargetHash) == [InterchangeUnit.targetHash(nil)])
    }

    @Test func pluralEntryBecomesOneUnitPerForm() {
        let entry = POEntry(msgid: "One file", msgidPlural: "{{count}} files", translations: ["Un archivo", "", ""])
        let units = CatalogInterchangeMapping.units(for: entry)
        let id = InterchangeUnit.stableID(context: nil, source: "One file")
        #expect(units.map(\.id) == ["\(id)-p0", "\(id)-p1", "\(id)-p2"])
        #expect(units.map(\.source) == ["One file", "{{count}} files", "{{count}} files"])
        #expect(units.map(\.target) == ["Un archivo", nil, nil])
    }

    @Test func stableIDsAreValidNMTokensAndDistinguishContext() {
        let plain = InterchangeUnit.stableID(context: nil, source: "Title")
        let withContext = InterchangeUnit.stableID(context: "front-matter.title", source: "Title")
        #expect(plain != withContext)
        #expect(plain.count == 17)
        #expect(plain.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        #expect(plain == InterchangeUnit.stableID(context: nil, source: "Title"))
    }
}
