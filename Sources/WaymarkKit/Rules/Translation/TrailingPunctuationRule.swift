/// A translation should end like its source: a question stays a question, a
/// lead-in colon stays a colon (a list follows), a sentence keeps its full
/// stop. Script equivalents count as the same mark (`FinalPunctuation`);
/// sources without a final mark (headings, labels) are not checked. The
/// visible text is compared, so `[more](a.md).` ends with `.` and
/// `Type \`help.\`` ends with code, not a full stop.
struct TrailingPunctuationRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "trailing-punctuation", name: "Trailing punctuation",
        summary: "A translation should end with the same sentence-final mark (. ! ? : …) as its source.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask for help.", "Pide ayuda", triggering: true),
            .translation("Are you safe online?", "Olet turvassa verkossa.", locale: "fi", triggering: true),
            .translation("You can:", "Puedes.", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Are you safe online?", "¿Estás a salvo en internet?", triggering: false),
            .translation("Stay safe online", "Pysy turvassa verkossa", locale: "fi", triggering: false),
            .translation("**Stop!**", "**¡Para!**", triggering: false),
            .translation("Wait...", "Odota…", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard let expected = unit.sourceFacts.finalPunctuation else { return [] }
        let found = unit.translationFacts.finalPunctuation
        guard found != expected else { return [] }
        let ending = found.map { "with '\($0.rawValue)'" } ?? "without punctuation"
        let spot = FinalPunctuation.markRange(in: unit.translation)
        // The mark as written must be the one the reader sees end the text, or the edit would land elsewhere.
        let written = spot.isEmpty ? nil : FinalPunctuation(endOf: String(unit.translation[spot]))
        var suggestions: [Suggestion] = []
        let sourceMark = String(unit.sourceText[FinalPunctuation.markRange(in: unit.sourceText)])
        if written == found, Self.latinMarks.contains(sourceMark), !Self.ownMarks.contains(unit.language), let replacement = unit.replacement(of: spot, with: sourceMark) {
            let what = found == nil ? "add '\(sourceMark)'" : "replace '\(unit.translation[spot])' with '\(sourceMark)'"
            suggestions.append(Suggestion("\(what) at the end, as in the source", replacements: [replacement],
                                          isSafe: Self.isSafe(expected, language: unit.language)))
        }
        // The mark, or the empty place where it belongs.
        let range = unit.fileRange(of: spot)
        return [diagnostic("the source ends with '\(expected.rawValue)' but the translation ends \(ending)", at: unit.location,
                           range: range, suggestions: suggestions)]
    }

    /// Marks that are written the same in Latin, Cyrillic and most other alphabetic scripts.
    static let latinMarks: Set<String> = [".", "!", "?", ":", "...", "…"]

    /// Languages whose own marks differ (`。`, `؟`, `।`, Greek `;`): a Latin mark pasted in would be wrong.
    static let ownMarks: Set<String> = ["ja", "zh", "ar", "fa", "ur", "ps", "hi", "mr", "ne", "bn", "hy", "el", "am", "my", "th", "bo"]

    /// `--fix` appends or swaps the mark itself only where that is the whole fix: not where the
    /// language has its own marks, not for Spanish questions and exclamations (they need `¿`/`¡`
    /// at the start too), not for French `? ! :` (a space goes before them).
    static func isSafe(_ mark: FinalPunctuation, language: String) -> Bool {
        if ownMarks.contains(language) { return false }
        if ["es", "gl", "ast"].contains(language), mark == .question || mark == .exclamation { return false }
        if language == "fr", mark == .question || mark == .exclamation || mark == .colon { return false }
        return true
    }
}
