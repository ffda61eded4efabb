import Foundation

/// Clock times written differently by language: `10 pm`, `22:00`, `22.00`
/// and `klo 22` are one time. Before numbers are compared, every time is
/// rewritten as its 24-hour hour (`22`), or `H:MM` when the minutes are not zero.
/// The English words `midnight` and `noon` (the usual source language) are
/// times too, so `6 pm to midnight` matches `18:00 a 24:00`.
extension ParityText {
    /// `text` with clock times in one form.
    static func normalizingTimes(_ text: String) -> String {
        guard hasASCIIDigit(text) else { return text }
        var result = replace(twelveHour, in: text) { groups in
            guard let hour = Int(groups[1]), (1...12).contains(hour) else { return nil }
            let minutes = groups[2].isEmpty ? 0 : Int(groups[2]) ?? 0
            let isPM = groups[3].lowercased() == "p"
            return clock(hour % 12 + (isPM ? 12 : 0), minutes)
        }
        result = replace(twentyFourHour, in: result) { groups in
            guard let hour = Int(groups[1]), let minutes = Int(groups[2]), hour <= 24, minutes < 60 else { return nil }
            return clock(hour, minutes)
        }
        return replace(namedTimes, in: result) { groups in groups[1].lowercased() == "midnight" ? "24" : "12" }
    }

    /// `text.contains(where: \.isASCIIDigit)` from the UTF-8 bytes: no digit byte, no
    /// digit; in text `ScalarTable` covers, each digit byte is a `Character` of its own.
    static func hasASCIIDigit(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        return ScalarTable.covers(text) || text.contains(where: \.isASCIIDigit)
    }

    private static func clock(_ hour: Int, _ minutes: Int) -> String {
        minutes == 0 ? "\(hour)" : "\(hour):\(minutes < 10 ? "0" : "")\(minutes)"
    }

    /// `8 am`, `10:30 p.m.`, `6pm`.
    private static let twelveHour = try! NSRegularExpression(pattern: #"(?<![\d.,:])(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?"#, options: [.caseInsensitive])
    /// `22:00`, `8.30` (not part of a longer number).
    private static let twentyFourHour = try! NSRegularExpression(pattern: #"(?<![\d.,:])(\d{1,2})[.:](\d{2})(?![\d.,:]\d)"#)

    /// `midnight`, `noon`, `midday`.
    private static let namedTimes = try! NSRegularExpression(pattern: #"\b(midnight|noon|midday)\b"#, options: [.caseInsensitive])

    /// `text` with each match of `pattern` replaced by `transform` of its groups (nil keeps the match).
    private static func replace(_ pattern: NSRegularExpression, in text: String, _ transform: ([String]) -> String?) -> String {
        let nsText = text as NSString
        var result = ""
        var last = 0
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : nsText.substring(with: range)
            }
            guard let replacement = transform(groups) else { continue }
            result += nsText.substring(with: NSRange(location: last, length: match.range.location - last)) + replacement
            last = match.range.location + match.range.length
        }
        return result + nsText.substring(from: last)
    }
}
