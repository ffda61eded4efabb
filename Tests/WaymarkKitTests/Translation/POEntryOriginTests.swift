import Foundation
import Testing
@testable import WaymarkKit

/// An origin holds offsets into its file's bytes, not text: what it reads back
/// (text, leading lines, the entry as it was read) is what the parser saw.
@Suite struct POEntryOriginTests {
    @Test(arguments: TranslationTestSupport.fixtureNames)
    func originalIsTheEntryAsRead(name: String) throws {
        let result = POParser.parse(data: try TranslationTestSupport.fixture(name), path: name)
        let all = (result.catalog.header.map { [$0] } ?? []) + result.catalog.entries
        let mismatches = all.filter { entry in entry.origin.map { $0.original != entry } ?? true }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(all.count); first at line \(mismatches.first?.line ?? 0)")
    }

    @Test func originsCompareByTheirText() throws {
        let text = "\u{FEFF}\r\n# note\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n\r\n\r\nmsgid \"c\"\r\nmsgstr \"\"\r\n"
        let catalog = TranslationTestSupport.parse(text).catalog
        let first = try #require(catalog.entries.first?.origin), second = try #require(catalog.entries.last?.origin)
        #expect(first == POEntryOrigin(leading: "\r\n", text: "# note\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n", wasFirst: true))
        #expect(second == POEntryOrigin(leading: "\r\n\r\n", text: "msgid \"c\"\r\nmsgstr \"\"\r\n", wasFirst: false))
        #expect(first != second)
        #expect(first.hashValue == POEntryOrigin(leading: first.leading, text: first.text, wasFirst: true).hashValue)
    }

    @Test func aChangedEntryNoLongerMatchesItsOriginal() throws {
        var entry = try #require(TranslationTestSupport.parse("msgid \"a\"\nmsgstr \"b\"\n").catalog.entries.first)
        #expect(entry.origin?.original == entry)
        entry.msgstr = "c"
        #expect(entry.origin?.original != entry)
    }

    /// A file that starts with two byte order marks loses both, as the text reader always did.
    @Test func twoByteOrderMarksAreBothSkipped() {
        let data = Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("msgid \"a\"\nmsgstr \"b\"\n".utf8))
        let result = POParser.parse(data: data, path: "x.po")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.hasByteOrderMark)
        #expect(result.catalog.entries.first?.msgid == "a")
    }
}
