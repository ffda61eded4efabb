// The old line classifier (see LegacyPOParser.swift): scalar arrays, scalar offsets.

import Foundation
@testable import WaymarkKit

enum LegacyPOLine {
    /// Classifies one line (without its line terminator).
    static func classify(_ line: [Unicode.Scalar]) -> POLine {
        let start = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.count
        guard start < line.count else { return .blank }
        guard line[start] == "#" else { return keywordOrString(line, from: start, obsolete: false, previous: false) }
        let marker = start + 1 < line.count ? line[start + 1] : " "
        let rest = commentText(line, from: start + 2)
        switch marker {
        case ".": return .extractedComment(rest)
        case ":": return .references(rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
        case ",":
            return .flags(rest.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty })
        case "|": return keywordOrString(line, from: skipSpaces(line, start + 2), obsolete: false, previous: true)
        case "~": return obsoleteLine(line, from: start + 2)
        default: return .translatorComment(commentText(line, from: start + 1))
        }
    }

    private static func obsoleteLine(_ line: [Unicode.Scalar], from index: Int) -> POLine {
        if index < line.count, line[index] == "|" {
            return keywordOrString(line, from: skipSpaces(line, index + 1), obsolete: true, previous: true)
        }
        let start = skipSpaces(line, index)
        guard start < line.count else { return .invalid("empty obsolete line", offset: index - 2) }
        return keywordOrString(line, from: start, obsolete: true, previous: false)
    }

    private static func skipSpaces(_ line: [Unicode.Scalar], _ index: Int) -> Int {
        var index = index
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        return index
    }

    /// Comment text after the marker, without the one space gettext puts there.
    private static func commentText(_ line: [Unicode.Scalar], from index: Int) -> String {
        guard index < line.count else { return "" }
        let from = line[index] == " " ? index + 1 : index
        var text = ""
        text.unicodeScalars.append(contentsOf: line[from...])
        return text
    }

    private static let keywords: [String: POLine.Field] = [
        "msgctxt": .msgctxt, "msgid": .msgid, "msgid_plural": .msgidPlural, "msgstr": .msgstr(-1),
    ]

    private static let previousKeywords: [String: POLine.Field] = [
        "msgctxt": .previousMsgctxt, "msgid": .previousMsgid, "msgid_plural": .previousMsgidPlural,
    ]

    // A plain `msgstr` is `.msgstr(-1)`, so the entry can tell it from `msgstr[0]`.

    /// Parses a keyword line or a continuation string starting at `start`.
    static func keywordOrString(_ line: [Unicode.Scalar], from start: Int, obsolete: Bool, previous: Bool) -> POLine {
        guard start < line.count else { return .invalid("expected a keyword or string", offset: start) }
        if line[start] == "\"" {
            return strings(line, from: start).map { .continuation($0, obsolete: obsolete, offset: start) } ?? failure(line, start)
        }
        var end = start
        while end < line.count, line[end].properties.isAlphabetic || line[end] == "_" { end += 1 }
        var name = ""
        name.unicodeScalars.append(contentsOf: line[start..<end])
        guard var field: POLine.Field = (previous ? previousKeywords : keywords)[name] else {
            let what = name.isEmpty ? String(line[start]) : name
            return .invalid("unexpected '\(what)'; expected a comment, keyword or string", offset: start)
        }
        if name == "msgstr", !previous, end < line.count, line[end] == "[" {
            guard let close = line[end...].firstIndex(of: "]"),
                  let index = Int(String(String.UnicodeScalarView(line[(end + 1)..<close]))) else {
                return .invalid("malformed plural index after 'msgstr'", offset: end)
            }
            field = .msgstr(index)
            end = close + 1
        }
        var quote = end
        while quote < line.count, line[quote] == " " || line[quote] == "\t" { quote += 1 }
        guard quote < line.count, line[quote] == "\"" else {
            return .invalid("expected a string after '\(name)'", offset: quote)
        }
        return strings(line, from: quote).map { .keyword(field, $0, obsolete: obsolete, offset: start) } ?? failure(line, quote)
    }

    /// All adjacent strings from `start` to the end of the line, concatenated; nil on any error.
    private static func strings(_ line: [Unicode.Scalar], from start: Int) -> String? {
        try? readStrings(line, from: start)
    }

    private static func failure(_ line: [Unicode.Scalar], _ start: Int) -> POLine {
        do {
            _ = try readStrings(line, from: start)
            return .invalid("malformed string", offset: start)
        } catch {
            return .invalid(error.message, offset: error.offset)
        }
    }

    private static func readStrings(_ line: [Unicode.Scalar], from start: Int) throws(POStringLiteral.Failure) -> String {
        var text = ""
        var index = start
        while true {
            let (part, end) = try LegacyPOStringLiteral.read(line, from: index)
            text += part
            index = end
            while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
            if index == line.count { return text }
            guard line[index] == "\"" else {
                throw POStringLiteral.Failure(message: "unexpected text after string", offset: index)
            }
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
