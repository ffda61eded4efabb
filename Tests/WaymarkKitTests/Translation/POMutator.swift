import Foundation

/// Seeded garbling of PO text for the differential parser tests: byte flips,
/// truncations, CRLF, stray quotes, bad escapes, NUL, BOM, invalid UTF-8 and
/// pieces of PO syntax dropped in at random places.
enum POMutator {
    /// Small catalogs with every feature the parser knows, and the odd cases of each.
    static let handwritten: [String] = [
        """
        # Translator comment
        #. extracted comment
        #: a.md:1 b.md:2\tc.md:3
        #, fuzzy, c-format ,, no-wrap
        #| msgctxt "old context"
        #| msgid "Old source"
        #| msgid_plural "Old sources"
        msgctxt "ctx"
        msgid "One \\"quoted\\" file"
        msgid_plural "%d files"
        msgstr[0] "Un archivo"
        msgstr[1] "%d archivos" "\\n" ""

        """,
        "msgid \"\"\nmsgstr \"\"\n\"Language: fi\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n",
        "msgid \"\"\nmsgstr \"\"\n\"plural-forms: nplurals=9; plural=n;\\n\"\n\nmsgid \"x\"\nmsgstr \"y\"\n\n#~ msgid \"gone\"\n#~ msgstr \"ido\"\n#~| msgid \"older\"\n#~ \n",
        "msgid \"esc \\a\\b\\f\\v\\t\\r\\\\ \\101\\7\\400 \\x41\\xfff \\x \\q \\é\"\nmsgstr \"\\303\\251 \\303 \\xC3\\xA9\"\n",
        "msgid \"dup\"\nmsgstr \"1\"\n\nmsgid \"dup\"\nmsgstr \"2\"\nmsgid \"no blank\"\nmsgstr \"\"\n\"continued\"\n\"also\" junk\n",
        "msgid \"a\"\nmsgid \"b\"\nmsgstr[1] \"x\"\nmsgstr[-1] \"y\"\nmsgstr[+0] \"z\"\nmsgstr[] \"w\"\nmsgstr[99999999999999999999] \"v\"\nmsgstr[0 \"u\"\n",
        "msgid_plural \"early\"\nmsgstr \"orphan\"\n\"stray\"\n\nmsgidé \"x\"\nmsgstr\u{0345} \"y\"\nª \"z\"\n日本 \"w\"\nmsgid\u{0301} \"v\"\n",
        "#: a\u{0301}.md:1  b.md:2 \u{0301}c.md ,\n#, fuzzy,\u{0301} c-format, \u{00A0}x\u{00A0} ,\u{200D}\n# \u{FEFF}comment\n#\u{0301}\n#~\n#|\n#\n",
        "\u{FEFF}msgid \"bom\"\r\nmsgstr \"crlf\"\r\n\r\n#~ msgid \"o\"\r\n#~ msgstr \"p\"\r\n",
        "msgid \"unterminated\nmsgstr \"Hola.\n\nmsgid \"x\"\nmsgstr \"y\\\"\n\nmsgid \"t\" \t \"u\"\t\nmsgstr \"v\"\"w\"\n",
        "msgctxt \"only context\"\n\n#. comment at end\n",
        "msgid \"z\"\nmsgstr \"\"\n\"\\0\\00\\000\\0000\"\n  \t\n\tmsgid \"indented\"\n  msgstr \"ok\"\n",
        "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=1; plural=n/0;\\n\"\n",
    ]

    /// Bytes and pieces that move the parser between its states.
    static let pieces: [[UInt8]] = [
        "\"", "\\", "\n", "\r", "\r\n", "\0", "#", " ", "\t", "[", "]", "~", "|", ",", ":", ".", "msgid ", "msgstr ",
        "msgstr[", "msgstr[1] \"x\"\n", "msgid_plural \"p\"\n", "msgctxt \"c\"\n", "#~ ", "#~| msgid \"", "#| msgid \"", "#, fuzzy\n",
        "#: a.md:1 b.md:2\n", "\\x", "\\777", "\\400", "\\xfff", "\\q", "\\", "\n\n", "é", "e\u{301}", " \u{301}", ",\u{301}",
        "ª", "\u{0345}", "日本", "😀", "\u{FEFF}", "Plural-Forms: nplurals=3; plural=n;\\n", "\"\"",
    ].map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80]]

    /// Applies one random change to `bytes`.
    static func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random)
        case 1, 2:
            bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: position)
        case 3:
            bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random)))
        case 4:
            bytes.removeSubrange(position...)
        case 5:
            bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case 6:
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        case 7:
            let end = min(bytes.count, position + Int.random(in: 1...80, using: &random))
            bytes.insert(contentsOf: bytes[position..<end], at: Int.random(in: 0...bytes.count, using: &random))
        default:
            bytes.insert(UInt8(ascii: "\""), at: position)
        }
    }
}
