import Foundation

/// What several per-entry QA rules read from one analysed text, each worked
/// out the first time a rule asks and kept after that. It lives in the text's
/// `InlineAnalysis`, which the build's memo shares, so a source checked in
/// every locale (and a translation that is the same string) is scanned once
/// per fact, not once per entry; a text no rule checks (the QA cache answered
/// its catalog) costs nothing.
final class TextFacts: Sendable, Hashable {
    /// The text as written (`msgid` or `msgstr`).
    let text: String
    /// Its visible prose.
    let prose: TranslationProse

    private let lock = NSLock()
    // Only read and written while holding `lock`.
    nonisolated(unsafe) private var known = Known()

    private struct Known {
        var doubledWords: [String]?
        var numbers: [String]?
        var phones: [String]?
        var words: [Substring]?
        var length: Int?
        var finalPunctuation: FinalPunctuation??
        var emailAddresses: [String]?
        var glossaryWords: [String]?
    }

    /// Facts of `text`, whose prose is `prose`.
    init(text: String, prose: TranslationProse) {
        self.text = text
        self.prose = prose
    }

    /// `DoubledWordRule.doubledWords` of the prose.
    var doubledWords: [String] { fact(\.doubledWords) { DoubledWordRule.doubledWords($0.prose.text) } }
    /// `NumbersRule.numbers` of the prose.
    var numbers: [String] { fact(\.numbers) { NumbersRule.numbers(inProse: $0.prose.text) } }
    /// `PhoneRule.phones` of the prose.
    var phones: [String] { fact(\.phones) { PhoneRule.phones(inProse: $0.prose.text) } }
    /// `TranslationProse.words` of the prose.
    var words: [Substring] { fact(\.words) { $0.prose.words } }
    /// `TranslationProse.length` of the prose.
    var length: Int { fact(\.length) { $0.prose.length } }
    /// The final mark of the prose (`FinalPunctuation(endOf:)`).
    var finalPunctuation: FinalPunctuation? { fact(\.finalPunctuation) { FinalPunctuation(endOf: $0.prose.text) } }
    /// `EmailRule.addresses` of the text as written.
    var emailAddresses: [String] { fact(\.emailAddresses) { EmailRule.addresses($0.text) } }
    /// `GlossaryMatcher.words` of the prose.
    var glossaryWords: [String] { fact(\.glossaryWords) { GlossaryMatcher.words($0.prose.text) } }

    /// The fact at `path`, made by `make` on first use.
    private func fact<Value>(_ path: WritableKeyPath<Known, Value?>, _ make: (TextFacts) -> Value) -> Value {
        if let value = lock.withLock({ known[keyPath: path] }) { return value }
        // Made outside the lock: two threads may both make it, with the same result.
        let value = make(self)
        lock.withLock { known[keyPath: path] = value }
        return value
    }

    /// Facts are equal when their texts are (every fact follows from them).
    static func == (lhs: TextFacts, rhs: TextFacts) -> Bool {
        lhs.text == rhs.text && lhs.prose == rhs.prose
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(prose)
    }
}
