import Foundation
import Testing
@testable import WaymarkKit

@Suite struct POParserTests {
    @Test(arguments: [
        (#"\n"#, "\n"), (#"\t"#, "\t"), (#"\""#, "\""), (#"\\"#, "\\"), (#"\a"#, "\u{07}"), (#"\b"#, "\u{08}"),
        (#"\f"#, "\u{0C}"), (#"\v"#, "\u{0B}"), (#"\r"#, "\r"), (#"\101"#, "A"), (#"\0101"#, "\u{08}1"),
        (#"\x41"#, "A"), (#"\303\251"#, "é"), (#"\xc3\xa9"#, "é"), (#"a\tb\\nc"#, "a\tb\\nc"),
    ])
    func decodesEscape(written: String, expected: String) {
        let result = TranslationTestSupport.parse("msgid \"k\"\nmsgstr \"\(written)\"\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.entries.first?.msgstr == expected)
    }

    @Test func everyEscapeRoundTripsThroughWriter() {
        let text = "bell\u{07} back\u{08} feed\u{0C} vtab\u{0B} cr\r tab\t quote\" slash\\ nl\n"
        var entry = POEntry(msgid: "k")
        entry.msgstr = text
        let written = POWriter.format(entry)
        #expect(written.contains(#"bell\a back\b feed\f vtab\v cr\r tab\t quote\" slash\\ nl\n"#))
        #expect(TranslationTestSupport.parse(written).catalog.entries.first?.msgstr == text)
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"\\q\"\n", "2:9", "invalid escape sequence '\\q'"),
        ("msgid \"a\"\nmsgstr \"open\n", "2:8", "unterminated string"),
        ("msgid \"a\"\nmsgstr \"x\" y\n", "2:12", "unexpected text after string"),
        ("msgid \"a\"\nmsgstr\n", "2:7", "expected a string after 'msgstr'"),
        ("msgid \"a\"\nmsgsrt \"x\"\n", "2:1", "unexpected 'msgsrt'; expected a comment, keyword or string"),
        ("\"orphan\"\nmsgid \"a\"\nmsgstr \"\"\n", "1:1", "string without a keyword before it"),
        ("msgid \"a\"\nmsgstr[1] \"x\"\n", "2:1", "expected msgstr[0], found msgstr[1]"),
        ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n", "3:1", "duplicate 'msgid' in one entry"),
        ("msgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n", "4:1", "duplicate message definition (first defined at line 1)"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"\"\n", "3:1", "entry with 'msgid_plural' needs 'msgstr[0]', not 'msgstr'"),
        ("msgid \"a\"\nmsgstr \"\\x\"\n", "2:9", "\\x used with no following hex digits"),
        ("# only a comment\nmsgid \"a\"\n", "2:1", "missing 'msgstr' after 'msgid'"),
        ("msgid \"a\"\nmsgstr \"\\377\"\n", "2:8", "string is not valid UTF-8 after decoding escapes"),
        ("#~ msgid \"a\"\n#~ bogus\n", "2:4", "unexpected 'bogus'; expected a comment, keyword or string"),
    ])
    func reportsSyntaxError(text: String, place: String, message: String) {
        let result = TranslationTestSupport.parse(text)
        let first = result.diagnostics.first
        #expect(first?.description == "Locales/es/page.po:\(place): error: \(message) [po-syntax]")
    }

    @Test func readsAllCommentKindsInAnyOrder() {
        let text = """
        #, fuzzy, c-format
        #: a.md:3 b.md:4
        # translator note
        #. extracted note
        #| msgctxt "old"
        #| msgid "Old "
        #| "text"
        #: c.md:9
        msgctxt "ctx"
        msgid ""
        "New "
        "text"
        msgid_plural "News"
        msgstr[0] "Uusi"
        msgstr[1] "Uudet"

        """
        let result = TranslationTestSupport.parse(text)
        #expect(result.diagnostics.isEmpty)
        let entry = result.catalog.entries[0]
        #expect(entry.flags == ["fuzzy", "c-format"])
        #expect(entry.references == ["a.md:3", "b.md:4", "c.md:9"])
        #expect(entry.translatorComments == ["translator note"])
        #expect(entry.extractedComments == ["extracted note"])
        #expect(entry.previousMsgctxt == "old")
        #expect(entry.previousMsgid == "Old text")
        #expect(entry.msgctxt == "ctx" && entry.msgid == "New text" && entry.msgidPlural == "News")
        #expect(entry.translations == ["Uusi", "Uudet"])
        #expect(entry.state == .fuzzy && entry.line == 1 && entry.msgstrLine == 14)
    }

    @Test func readsObsoleteEntriesWithPrevious() {
        let text = "msgid \"\"\nmsgstr \"Language: fi\\n\"\n\n#, fuzzy\n#~| msgid \"Old\"\n#~ msgid \"Older\"\n#~ msgstr \"\"\n#~ \"Vanha\"\n"
        let result = TranslationTestSupport.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.headerValue("Language") == "fi")
        let entry = result.catalog.entries[0]
        #expect(entry.isObsolete && entry.isFuzzy && entry.previousMsgid == "Old" && entry.msgstr == "Vanha")
        #expect(entry.state == .obsolete && entry.line == 4)
        #expect(POWriter.write(result.catalog) == text)
    }

    @Test func keepsCRLFAndByteOrderMark() throws {
        let text = "\u{FEFF}msgid \"\"\r\nmsgstr \"\"\r\n\"Language: es\\n\"\r\n\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n"
        let result = POParser.parse(data: Data(text.utf8), path: "x.po")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.hasByteOrderMark && result.catalog.usesCRLF)
        #expect(result.catalog.entries.first?.msgstr == "b")
        var catalog = result.catalog
        catalog.entries.append(POEntry(msgid: "c", translations: ["d"]))
        #expect(POWriter.write(catalog) == text + "\r\nmsgid \"c\"\r\nmsgstr \"d\"\r\n")
    }

    @Test func reportsInvalidUTF8Line() {
        var bytes = Array("msgid \"a\"\nmsgstr \"".utf8)
        bytes += [0xFF, 0x22, 0x0A]
        let result = POParser.parse(data: Data(bytes), path: "x.po")
        #expect(result.diagnostics.first?.description == "x.po:2:1: error: file is not valid UTF-8 [po-syntax]")
    }

    @Test func neverCrashesOnGarbage() {
        var generator = SeededRandom(seed: 7)
        let alphabet = Array("msgidstrctxt_plural[]0123 \"\\#~|,.:\nxé\r")
        for _ in 0..<300 {
            let text = String((0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let result = TranslationTestSupport.parse(text)
            #expect(result.diagnostics.allSatisfy { $0.ruleID == "po-syntax" && $0.location.line >= 1 })
            if result.diagnostics.isEmpty { #expect(POWriter.write(result.catalog) == text) }
        }
    }

    /// Random byte edits of a real catalog: the parser reports problems or
    /// reads a catalog that writes back unchanged; it never crashes.
    @Test func survivesMutatedRealCatalogs() throws {
        let original = [UInt8](try TranslationTestSupport.fixture("merge-pl.po"))
        var generator = SeededRandom(seed: 11)
        let inserts = Array("\"\\#~|,.:[]0 \nmsgidstr_plural\r".utf8)
        for _ in 0..<60 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                if Bool.random(using: &generator) {
                    bytes.remove(at: position)
                } else {
                    bytes.insert(inserts.randomElement(using: &generator)!, at: position)
                }
            }
            let result = POParser.parse(data: Data(bytes), path: "pl.po")
            #expect(result.diagnostics.allSatisfy { $0.ruleID == "po-syntax" && $0.location.line <= bytes.count })
            if result.diagnostics.isEmpty { #expect(POWriter.data(result.catalog) == Data(bytes)) }
        }
    }
}
