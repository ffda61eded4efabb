/// A translation identical to its source is usually a copy-paste that was
/// never translated. It counts as translated (SPEC §5.2), so only this warning
/// tells. Not reported when there is nothing to translate: numbers, URLs,
/// code and placeholders only; a single word (loanwords like "chat", names);
/// camel-case or all-caps names ("WhatsApp", "SMS"); and glossary terms agreed
/// to stay as they are in this locale (list brand names such as "Google Play"
/// there: Title Case alone cannot tell a brand from an English heading).
struct SameAsSourceRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "same-as-source", name: "Same as source",
        summary: "A translation identical to its source text, unless it is a number, URL, code or an agreed name, needs review.",
        category: .translation, defaultSeverity: .warning,
        triggeringExamples: [
            .translation("Ask a trusted adult for help.", "Ask a trusted adult for help.", triggering: true),
            .translation("Safety Tips", "Safety Tips", locale: "fi", triggering: true),
        ],
        nonTriggeringExamples: [
            .translation("Google Play", "Google Play", triggering: false, files: RuleExample.glossary(
                term: "Google Play", translations: ["es": "Google Play"], note: "A brand name; keep it.")),
            .translation("Open WhatsApp", "Abre WhatsApp", triggering: false),
            .translation("<https://example.org>", "<https://example.org>", locale: "fi", triggering: false),
            .translation("Ask a trusted adult for help.", "Pide ayuda a un adulto de confianza.", triggering: false),
        ])

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        guard Self.equalIgnoringWhitespace(unit.translation, unit.sourceText) else { return [] }
        let words = unit.sourceProse.words
        guard words.count >= 2 else { return [] }
        let open = Self.notAgreedAsIs(words, unit: unit)
        guard !open.allSatisfy(Self.isName) else { return [] }
        return [diagnostic("the translation is identical to the source text; translate it, or agree in the glossary that it stays", at: unit.location)]
    }

    /// The text without whitespace, lazily: most translations differ in the first letter.
    private static func ignoringWhitespace(_ text: String) -> LazyFilterSequence<String> {
        text.lazy.filter { !$0.isWhitespace }
    }

    /// Whether the texts are equal once whitespace is removed; by scalar where
    /// `ScalarTable` covers both (one character per scalar there), else by `Character`.
    static func equalIgnoringWhitespace(_ first: String, _ second: String) -> Bool {
        // The same bytes are the same text (a copied source), whatever its script.
        if first.utf8.count == second.utf8.count, first.utf8.elementsEqual(second.utf8) { return true }
        guard ScalarTable.covers(first), ScalarTable.covers(second) else {
            return ignoringWhitespace(first).elementsEqual(ignoringWhitespace(second))
        }
        let isText: (Unicode.Scalar) -> Bool = { !ScalarTable.entries[Int($0.value)].isWhitespace }
        return first.unicodeScalars.lazy.filter(isText).elementsEqual(second.unicodeScalars.lazy.filter(isText))
    }

    /// A camel-case or all-caps word (`WhatsApp`, `iPhone`, `SMS`): a name, not prose.
    private static func isName(_ word: Substring) -> Bool {
        word.dropFirst().contains(where: \.isUppercase)
    }

    /// `words` without those inside glossary terms whose agreed translation in this locale is the term itself.
    private static func notAgreedAsIs(_ words: [Substring], unit: TranslationUnitCheck) -> [Substring] {
        let asIs = unit.glossary.filter { term in term.agreedTranslations(for: unit.locale).contains { GlossaryMatcher.words($0) == term.termWords } }
        guard !asIs.isEmpty else { return words }
        let folded = words.map { GlossaryMatcher.words(String($0)).joined() }
        var covered = Set<Int>()
        for term in asIs {
            let length = term.termWords.count
            guard length > 0, folded.count >= length else { continue }
            for start in 0...(folded.count - length) where Array(folded[start..<(start + length)]) == term.termWords {
                covered.formUnion(start..<(start + length))
            }
        }
        return words.indices.filter { !covered.contains($0) }.map { words[$0] }
    }
}
