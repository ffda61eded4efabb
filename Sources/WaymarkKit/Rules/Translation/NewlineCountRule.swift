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
        let expected = Self.lineBreaks(unit.sourceText)
        let found = Self.lineBreaks(unit.translation)
        guard expected != found else { return [] }
        return [diagnostic("the source has \(expected) line \(expected == 1 ? "break" : "breaks"), the translation \(found)", at: unit.location)]
    }

    /// How many `Character`s of `text` are newlines; from the UTF-8 bytes where
    /// `ScalarTable` covers the text (there `\r\n` is the only character of two scalars).
    static func lineBreaks(_ text: String) -> Int {
        guard ScalarTable.covers(text) else { return text.filter(\.isNewline).count }
        var count = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // LF, VT, FF, CR (a CR LF pair once) and NEL (C2 85; 85 is never a lead byte).
            if (0x0A...0x0D).contains(byte) || (byte == 0x85 && previous == 0xC2) {
                if !(byte == 0x0A && previous == 0x0D) { count += 1 }
            }
            previous = byte
        }
        return count
    }
}
