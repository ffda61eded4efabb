/// Quotation marks a translation opens must close (pofilter's and Weblate's
/// quote checks). Each language's marks are fine: `"..."`, `“...”`, `„...“`,
/// Finnish `”...”` and `«...»` all balance; what is counted is an odd number
/// of double quotes or an unmatched guillemet or corner bracket. Single
/// quotes are not counted, as `'` and `’` are also apostrophes.
struct QuotesRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "quotes", name: "Unbalanced quotes",
        summary: "Quotation marks in a translation should be balanced when they are in its source.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Say \"no\" and leave.", "Di «no y vete.", triggering: true),
            .translation("Say \"no\".", "Sano ”ei.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Say \"no\" and leave.", "Di «no» y vete.", triggering: false),
            .translation("Say \"no\".", "Sano ”ei”.", locale: "fi", triggering: false),
            .translation("It's your choice.", "Es tu decisión.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard Self.firstProblem(unit.sourceProse.text) == nil, let problem = Self.firstProblem(unit.translationProse.text) else { return [] }
        return [diagnostic("unbalanced quotation marks in the translation: \(problem)", at: unit.location)]
    }

    /// Marks that open and close differently.
    private static let pairs: [(Character, Character)] = [("«", "»"), ("‹", "›"), ("「", "」"), ("『", "』")]
    /// Double quotes that may open or close, depending on the language.
    private static let doubleQuotes: Set<Character> = ["\"", "“", "”", "„"]

    /// What is wrong with the quotes of `text`, or nil when they balance.
    static func firstProblem(_ text: String) -> String? {
        // Most text has no quotation mark at all: find that from the UTF-8 bytes.
        guard mayHaveQuotes(text) else { return nil }
        if text.filter({ doubleQuotes.contains($0) }).count % 2 == 1 { return "an odd number of double quotes" }
        for (open, close) in pairs {
            let opened = text.filter { $0 == open }.count
            let closed = text.filter { $0 == close }.count
            if opened != closed { return "\(opened) '\(open)' but \(closed) '\(close)'" }
        }
        return nil
    }

    /// False when `text` holds none of the marks: no `"`, and no lead bytes of « » (C2),
    /// of “ ” „ ‹ › (E2 80) or of 「 」 『 』 (E3 80).
    private static func mayHaveQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 }
    }
}
