/// A translation should break lines where its source does, as many times:
/// in UI strings and data fields a line break is layout, and in page text an
/// extra one can end a paragraph early (pofilter's `newlines`, Weblate's
/// "Mismatched \n").
struct NewlineCountRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "newline-count", name: "Newline count",
        summary: "A translation should have as many line breaks as its source.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Keep it secret.\nKeep it safe.", "Mantenlo en secreto y a salvo.", triggering: true),
            .translation("Stay safe.", "Pysy\nturvassa.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Keep it secret.\nKeep it safe.", "Mantenlo en secreto.\nMantenlo a salvo.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        let expected = unit.sourceText.filter(\.isNewline).count
        let found = unit.translation.filter(\.isNewline).count
        guard expected != found else { return [] }
        return [diagnostic("the source has \(expected) line \(expected == 1 ? "break" : "breaks"), the translation \(found)", at: unit.location)]
    }
}
