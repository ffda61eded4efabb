/// What several per-entry QA rules read from one text and its prose, worked
/// out once when the text is analysed. It is part of the text's
/// `InlineAnalysis`, which the build's memo shares, so a source checked in
/// every locale (and a translation that is the same string) is scanned once
/// per fact, not once per entry and rule. Kept small (most lists are empty),
/// as the memo holds one for each distinct string of the build.
struct TextFacts: Sendable, Hashable {
    /// `DoubledWordRule.doubledWords` of the prose.
    let doubledWords: [String]
    /// `NumbersRule.numbers(inProse:)` of the prose.
    let numbers: [String]
    /// `PhoneRule.phones(inProse:)` of the prose.
    let phones: [String]
    /// `TranslationProse.length` of the prose.
    let length: Int
    /// The final mark of the prose (`FinalPunctuation(endOf:)`).
    let finalPunctuation: FinalPunctuation?
    /// `EmailRule.addresses` of the text as written.
    let emailAddresses: [String]

    /// The facts of `text`, whose visible prose is `prose`.
    init(text: String, prose: TranslationProse) {
        doubledWords = DoubledWordRule.doubledWords(prose.text)
        numbers = NumbersRule.numbers(inProse: prose.text)
        phones = PhoneRule.phones(inProse: prose.text)
        length = prose.length
        finalPunctuation = FinalPunctuation(endOf: prose.text)
        emailAddresses = EmailRule.addresses(text)
    }
}
