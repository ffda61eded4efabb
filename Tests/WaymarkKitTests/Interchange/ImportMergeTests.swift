import Foundation
import Testing
@testable import WaymarkKit

@Suite struct ImportMergeTests {
    static let path = "Locales/es/guide/01-start.po"
    let text: String
    let catalog: POCatalog

    init() throws {
        let url = InterchangeTestSupport.fixtures.appendingPathComponent("catalogs/start.po")
        text = try String(contentsOf: url, encoding: .utf8)
        catalog = POParser.parse(text, path: Self.path).catalog
    }

    private func export(_ version: XLIFFVersion, selection: InterchangeSelection = .all) -> String {
        let document = CatalogInterchangeMapping.document(
            sourceLocale: "en", targetLocale: "es", catalogs: [(Self.path, catalog)], selection: selection
        )
        return version == .xliff2 ? XLIFF2Writer().write(document) : XLIFF12Writer().write(document)
    }

    private func importing(_ xliff: String, force: Bool = false, into catalog: POCatalog? = nil) -> ImportMergeResult {
        let read = XLIFFReader().read(Data(xliff.utf8), path: "es.xlf")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let document = read.document ?? InterchangeDocument(sourceLocale: "", targetLocale: "", files: [])
        return ImportMerge(force: force).apply(
            document, to: [Self.path: catalog ?? self.catalog], xliffPath: "es.xlf", locations: read.locations
        )
    }

    private func written(_ result: ImportMergeResult) -> String {
        result.catalogs[Self.path].map(POWriter.write) ?? ""
    }

    @Test(arguments: XLIFFVersion.allCases)
    func exportThenUnchangedImportIsByteIdentical(_ version: XLIFFVersion) {
        let result = importing(export(version))
        #expect(result.diagnostics.isEmpty)
        #expect(result.changes.isEmpty)
        #expect(written(result) == text)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func exportedPackagesValidate(_ version: XLIFFVersion) throws {
        let schema = version == .xliff2 ? "xliff_core_2.0.xsd" : "xliff-core-1.2-strict.xsd"
        guard let result = try InterchangeTestSupport.validate(export(version), schema: schema) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: XLIFFVersion.allCases)
    func translatingTheFileEqualsEditingThePO(_ version: XLIFFVersion) throws {
        // A "CAT tool": fill the empty target and mark the fuzzy one translated.
        var xliff = export(version)
        if version == .xliff2 {
            xliff = xliff.replacingOccurrences(
                of: "at any time.</source>\n", with: "at any time.</source>\n        <target>Llama al <ph id=\"1\" dataRef=\"d1\"/> cuando quieras.</target>\n")
            for source in ["Press", "Call"] {
                xliff = xliff.replacingOccurrences(
                    of: "<segment state=\"initial\">\n        <source>\(source)", with: "<segment state=\"translated\">\n        <source>\(source)")
            }
        } else {
            xliff = xliff.replacingOccurrences(
                of: "at any time.</source>\n", with: "at any time.</source>\n        <target state=\"translated\">Llama al <x id=\"1\"/> cuando quieras.</target>\n")
            xliff = xliff.replacingOccurrences(of: "state=\"needs-review-translation\">Pulsa", with: "state=\"translated\">Pulsa")
        }
        let result = importing(xliff)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.changes.count == 2)
        let expected = text
            .replacingOccurrences(of: "at any time.\"\nmsgstr \"\"", with: "at any time.\"\nmsgstr \"Llama al {{helpline.phone}} cuando quieras.\"")
            .replacingOccurrences(of: "#, fuzzy\n#| msgid \"Press *Save* to keep your changes.\"\n", with: "")
        #expect(written(result) == expected)
    }

    @Test func conflictingEditIsReportedAndSkippedUnlessForced() {
        let xliff = export(.xliff2).replacingOccurrences(of: "<target>Primeros pasos</target>", with: "<target>Cómo empezar</target>")
        var edited = catalog
        edited.entries[0].msgstr = "Para empezar"
        let skipped = importing(xliff, into: edited)
        #expect(skipped.diagnostics.map(\.ruleID) == ["import-conflict"])
        #expect(skipped.diagnostics.first?.location.line == 4)
        #expect(skipped.changes.isEmpty)
        #expect(skipped.catalogs[Self.path]?.entries[0].msgstr == "Para empezar")
        let forced = importing(xliff, force: true, into: edited)
        #expect(forced.catalogs[Self.path]?.entries[0].msgstr == "Cómo empezar")
        #expect(forced.diffDescription.contains("- msgstr \"Para empezar\"\n+ msgstr \"Cómo empezar\""))
    }

    @Test func unchangedSameTargetIsNoConflict() {
        var edited = catalog
        edited.entries[0].msgstr = "Cómo empezar"
        let xliff = export(.xliff2).replacingOccurrences(of: "<target>Primeros pasos</target>", with: "<target>Cómo empezar</target>")
        let result = importing(xliff, into: edited)
        #expect(result.diagnostics.isEmpty)
        #expect(result.changes.isEmpty)
    }

    @Test func staleUnitImportsAsFuzzy() {
        // Sync changed the source after export: the entry now has the new msgid and the old one as `#| msgid`.
        var synced = catalog
        synced.entries[1].previousMsgid = synced.entries[1].msgid
        synced.entries[1].msgid = "Stay **safe** and read [the new guide](guide.md \"Guide\")."
        synced.entries[1].isFuzzy = true
        let xliff = export(.xliff12).replacingOccurrences(of: "<target xml:lang=\"es\" state=\"translated\">Mantente", with: "<target xml:lang=\"es\" state=\"translated\">¡Mantente")
        let result = importing(xliff, into: synced)
        #expect(result.diagnostics.map(\.ruleID) == ["stale-import"])
        #expect(result.diagnostics.first?.severity == .warning)
        let entry = result.catalogs[Self.path]?.entries[1]
        #expect(entry?.isFuzzy == true)
        #expect(entry?.msgstr.hasPrefix("¡Mantente") == true)
        #expect(entry?.msgid == synced.entries[1].msgid)
    }

    @Test func unknownUnitIsAnErrorAndNothingIsApplied() {
        let xliff = export(.xliff2).replacingOccurrences(of: "<unit id=\"u", with: "<unit id=\"x")
            .replacingOccurrences(of: "<source>Getting started</source>", with: "<source>Getting going</source>")
        let result = importing(xliff)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.map(\.ruleID) == ["stale-import"])
        #expect(result.diagnostics.first?.location == WaymarkKit.SourceLocation(path: "es.xlf", line: 4, column: 1))
        #expect(result.changes.isEmpty)
    }

    @Test func unknownCatalogIsAnError() {
        let document = InterchangeDocument(sourceLocale: "en", targetLocale: "es", files: [
            InterchangeFile(path: "Locales/fr/a.po", units: [InterchangeUnit(id: "u1", source: "x", target: "y")]),
        ])
        let result = ImportMerge().apply(document, to: [Self.path: catalog], xliffPath: "fr.xlf")
        #expect(result.diagnostics.map(\.description) == [
            "fr.xlf:1:1: error: Locales/fr/a.po is not a catalog of this project for this locale; re-export [stale-import]",
        ])
    }

    @Test func pluralFormsRoundTrip() {
        let xliff = export(.xliff2).replacingOccurrences(of: "<target>Un elemento</target>", with: "<target>Un único elemento</target>")
        let result = importing(xliff)
        #expect(result.catalogs[Self.path]?.entries.first { $0.msgidPlural != nil }?.translations == ["Un único elemento", "{{count}} elementos"])
        #expect(result.changes.first?.form == 0)
    }

    @Test func selectionPicksEntries() {
        let untranslated = CatalogInterchangeMapping.document(sourceLocale: "en", targetLocale: "es", catalogs: [(Self.path, catalog)], selection: .untranslated)
        #expect(untranslated.files[0].units.map(\.source) == ["Call {{helpline.phone}} at any time.", "Press *Save* to keep all your changes."])
        let fuzzy = CatalogInterchangeMapping.document(sourceLocale: "en", targetLocale: "es", catalogs: [(Self.path, catalog)], selection: .fuzzy)
        #expect(fuzzy.files[0].units.count == 1)
        #expect(fuzzy.files[0].units[0].notes.contains(InterchangeNote(category: .translator, text: "checked by Ana")))
    }
}
