import Foundation
import Testing
@testable import WaymarkKit

@Suite struct POWriterTests {
    @Test(arguments: TranslationTestSupport.fixtureNames)
    func roundTripsGettextFileByteForByte(name: String) throws {
        let data = try TranslationTestSupport.fixture(name)
        let result = POParser.parse(data: data, path: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.first?.description ?? "")")
        #expect(result.catalog.entries.count > 5)
        #expect(POWriter.data(result.catalog) == data)
    }

    /// Every entry, re-formatted from its parsed fields (as if it had been
    /// edited), comes out exactly as gettext wrote it.
    // msgcat-nowrap-ru.po was written with `msgcat --no-wrap` (a tool option, not an entry flag).
    @Test(arguments: TranslationTestSupport.fixtureNames.filter { $0 != "msgcat-nowrap-ru.po" })
    func formatsEntriesLikeGettext(name: String) throws {
        let result = POParser.parse(data: try TranslationTestSupport.fixture(name), path: name)
        let all = (result.catalog.header.map { [$0] } ?? []) + result.catalog.entries
        let mismatches = all.filter { POWriter.format($0) != $0.origin?.text }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(all.count) differ; first at line \(mismatches.first?.line ?? 0)")
    }

    @Test func changedEntryIsRewrittenOthersKeepTheirText() {
        let text = "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n#: a.md:1\nmsgid \"One\"\nmsgstr   \"Uno\"\n\nmsgid \"Two\"\nmsgstr \"\"\n"
        var catalog = TranslationTestSupport.parse(text).catalog
        catalog.entries[1].msgstr = "Dos"
        #expect(POWriter.write(catalog) == "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n#: a.md:1\nmsgid \"One\"\nmsgstr   \"Uno\"\n\nmsgid \"Two\"\nmsgstr \"Dos\"\n")
    }

    @Test func wrapsLongStringsAndNewlines() {
        var entry = POEntry(msgid: "Line one\nThis second line is long enough that gettext has to wrap it at the seventy-ninth column.")
        entry.flags = ["fuzzy"]
        entry.previousMsgid = "Old"
        #expect(POWriter.format(entry) == """
        #, fuzzy
        #| msgid "Old"
        msgid ""
        "Line one\\n"
        "This second line is long enough that gettext has to wrap it at the seventy-"
        "ninth column."
        msgstr ""

        """)
    }

    @Test func noWrapFlagKeepsLongLines() {
        var entry = POEntry(msgid: String(repeating: "word ", count: 30) + "end")
        entry.flags = ["no-wrap"]
        #expect(POWriter.format(entry).split(separator: "\n")[1] == "msgid \"\(entry.msgid)\"")
    }

    @Test func referencesWrapAtColumn79() {
        let references = (1...12).map { "Source-Content/program/01-page.md:\($0)" }
        let lines = POWriter.referenceLines(references)
        #expect(lines.allSatisfy { $0.count <= 79 && $0.hasPrefix("#: ") })
        #expect(lines.joined(separator: " ").split(separator: " ").filter { $0 != "#:" }.map(String.init) == references)
    }
}
