/// CLDR plural categories, in CLDR's canonical order.
enum PluralCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    /// Position in CLDR order.
    var rank: Int {
        switch self {
        case .zero: 0
        case .one: 1
        case .two: 2
        case .few: 3
        case .many: 4
        case .other: 5
        }
    }

    static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool { lhs.rank < rhs.rank }
}

/// The plural rules of one language: CLDR categories for whole numbers and
/// the gettext `Plural-Forms` whose form `i` holds category `categories[i]`.
struct PluralRule: Sendable {
    /// Language subtag (`pt`, `zh`) or full tag (`pt-PT`).
    var language: String
    /// `Plural-Forms` header value.
    var pluralForms: String
    /// CLDR category of each gettext form index, in index order.
    var categories: [PluralCategory]
    /// CLDR rule for non-negative integers (written from the CLDR tables, independent of `pluralForms`).
    var cldrCategory: @Sendable (Int) -> PluralCategory

    /// The parsed `Plural-Forms`; the built-in table only holds valid values.
    var gettextForms: GettextPluralForms? { try? GettextPluralForms(header: pluralForms) }

    /// The gettext form index for a CLDR category (e.g. `one` of a UI string), if the language has it.
    func formIndex(for category: PluralCategory) -> Int? { categories.firstIndex(of: category) }
}
