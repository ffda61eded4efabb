import Foundation

/// Writes PO catalogs. Deterministic and lossless: an entry that was read and
/// not changed is written with its original text; a new or changed entry is
/// written the way `msgmerge`/`msgcat` write it (comments in gettext order,
/// strings wrapped at 79 columns by `POStringWrapper`).
struct POWriter {
    /// The catalog as PO text.
    static func write(_ catalog: POCatalog) -> String {
        var output = catalog.hasByteOrderMark ? "\u{FEFF}" : ""
        let all = (catalog.header.map { [$0] } ?? []) + catalog.entries
        for (position, entry) in all.enumerated() {
            if position > 0, output.utf8.last != 0x0A { output += catalog.usesCRLF ? "\r\n" : "\n" }
            guard let origin = entry.origin else {
                if position > 0 { output += catalog.usesCRLF ? "\r\n" : "\n" }
                output += lineEndings(format(entry), crlf: catalog.usesCRLF)
                continue
            }
            if position == 0 {
                if origin.wasFirst { output += origin.leading }
            } else {
                output += origin.wasFirst ? (catalog.usesCRLF ? "\r\n" : "\n") : origin.leading
            }
            output += entry == origin.original ? origin.text : lineEndings(format(entry), crlf: catalog.usesCRLF)
        }
        return output + catalog.trailingText
    }

    /// The catalog as UTF-8 bytes.
    static func data(_ catalog: POCatalog) -> Data { Data(write(catalog).utf8) }

    /// One entry in gettext's canonical form, ending with a newline.
    static func format(_ entry: POEntry) -> String {
        var lines: [String] = []
        lines += entry.translatorComments.map { $0.isEmpty ? "#" : "# \($0)" }
        lines += entry.extractedComments.map { $0.isEmpty ? "#." : "#. \($0)" }
        lines += referenceLines(entry.references)
        let flags = entry.isFuzzy ? ["fuzzy"] + entry.flags.filter { $0 != "fuzzy" } : entry.flags
        if !flags.isEmpty { lines.append("#, " + flags.joined(separator: ", ")) }
        let wrap = !entry.flags.contains("no-wrap")
        let previous = entry.isObsolete ? "#~| " : "#| "
        let prefix = entry.isObsolete ? "#~ " : ""
        func add(_ keyword: String, _ value: String?, _ linePrefix: String) {
            guard let value else { return }
            lines += POStringWrapper.lines(prefix: linePrefix, keyword: keyword, value: value, wrap: wrap)
        }
        add("msgctxt", entry.previousMsgctxt, previous)
        add("msgid", entry.previousMsgid, previous)
        add("msgid_plural", entry.previousMsgidPlural, previous)
        add("msgctxt", entry.msgctxt, prefix)
        add("msgid", entry.msgid, prefix)
        add("msgid_plural", entry.msgidPlural, prefix)
        if entry.msgidPlural == nil {
            add("msgstr", entry.translations.first ?? "", prefix)
        } else {
            for (index, text) in entry.translations.enumerated() { add("msgstr[\(index)]", text, prefix) }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `#:` lines as gettext fills them: references separated by spaces, a new
    /// line when the next one would pass column 79.
    static func referenceLines(_ references: [String]) -> [String] {
        var lines: [String] = []
        var current = "#:"
        for reference in references {
            if current.count > 2, current.count + reference.count + 1 > 79 {
                lines.append(current)
                current = "#:"
            }
            current += " " + reference
        }
        if current.count > 2 { lines.append(current) }
        return lines
    }

    private static func lineEndings(_ text: String, crlf: Bool) -> String {
        crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
    }
}
