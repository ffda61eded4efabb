import Foundation

/// A translation far longer or shorter than its source has often lost a
/// sentence, gained one from a neighbouring segment, or been machine-padded.
/// Lengths are of the visible prose (no Markdown, URLs, code or placeholders);
/// sources shorter than `minimumSourceLength` characters vary too much to judge.
struct LengthRatioRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "length-ratio", name: "Length ratio",
        summary: "A translation more than 2.5 times or less than 0.3 times as long as its source (10+ characters) needs review.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask a trusted adult for help with this.", "Ayuda.", triggering: true),
            .translation("Stay safe online.", "Pysy turvassa verkossa aina, kun käytät internetiä kotona, koulussa tai kavereiden luona.",
                         locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Ask a trusted adult for help.", "Pyydä apua turvalliselta aikuiselta.", locale: "fi", triggering: false),
            .translation("Log out.", "Cierra la sesión cuando termines.", triggering: false),
        ])

    /// Longest allowed translation, as a multiple of the source length.
    static let maximumRatio = 2.5
    /// Shortest allowed translation, as a multiple of the source length.
    static let minimumRatio = 0.3
    /// Sources with fewer visible characters are not checked.
    static let minimumSourceLength = 10

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        let source = unit.sourceFacts.length
        guard source >= Self.minimumSourceLength else { return [] }
        let translated = unit.translationFacts.length
        let ratio = Double(translated) / Double(source)
        // Formatted only for a report: most entries pass.
        var shown: String { String(format: "%.1f", ratio) }
        if ratio > Self.maximumRatio {
            return [diagnostic("the translation is \(shown) times as long as the source (\(translated) vs \(source) characters; at most \(Self.maximumRatio))", at: unit.location)]
        }
        if ratio < Self.minimumRatio {
            return [diagnostic("the translation is only \(shown) times as long as the source (\(translated) vs \(source) characters; at least \(Self.minimumRatio))", at: unit.location)]
        }
        return []
    }
}
