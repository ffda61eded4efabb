/// Two spaces between words are a typing slip a reader sees as a gap
/// (Weblate's "Double space"). Spaces before a line break (a Markdown hard
/// break) and spaces the source has too are not reported.
struct DoubleSpaceRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "double-space", name: "Double space",
        summary: "A translation should not have two or more spaces between words where its source has one.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask a trusted adult.", "Pide ayuda a un  adulto de confianza.", triggering: true),
            .translation("Stay safe online.", "Pysy turvassa  verkossa.", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Ask a trusted adult.", "Pide ayuda a un adulto de confianza.", triggering: false),
            .translation("Line one  \nline two.", "Rivi yksi  \nrivi kaksi.", locale: "fi", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard Self.hasDoubleSpace(unit.translation), !Self.hasDoubleSpace(unit.sourceText) else { return [] }
        return [diagnostic("the translation has two spaces in a row between words", at: unit.location)]
    }

    /// True when two or more spaces stand between two non-space characters on one line.
    static func hasDoubleSpace(_ text: String) -> Bool {
        // Two space characters in a row are two space bytes in a row; most text has none.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in defer { previous = byte }; return byte == 0x20 && previous == 0x20 }) else { return false }
        // Where each scalar is a character (`\r\n` aside, both halves newlines), scalars do.
        guard ScalarTable.covers(text) else { return characterHasDoubleSpace(text) }
        var spaces = 0
        var sawText = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                spaces += 1
            } else {
                if (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 { sawText = false } else {
                    if sawText, spaces >= 2 { return true }
                    sawText = true
                }
                spaces = 0
            }
        }
        return false
    }

    /// `hasDoubleSpace` by `Character`: the definition, for text outside `ScalarTable`.
    static func characterHasDoubleSpace(_ text: String) -> Bool {
        var spaces = 0
        var sawText = false
        for character in text {
            if character == " " {
                spaces += 1
            } else {
                if character.isNewline { sawText = false } else {
                    if sawText, spaces >= 2 { return true }
                    sawText = true
                }
                spaces = 0
            }
        }
        return false
    }
}
