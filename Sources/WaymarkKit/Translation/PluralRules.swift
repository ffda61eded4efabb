/// Built-in plural rules for the most used web languages (SPEC §5 plurals).
/// Expressions follow CLDR (as `msginit`/Weblate write them), so each gettext
/// form is exactly one CLDR category.
enum PluralRules {
    /// The rule for a BCP 47 tag: exact tag first (`pt-PT`), then the language subtag;
    /// `no` is Norwegian Bokmål. Nil for an unknown language.
    static func rule(for locale: String) -> PluralRule? {
        let tag = locale.replacingOccurrences(of: "_", with: "-").lowercased()
        if let exact = byTag[tag] { return exact }
        let language = String(tag.prefix { $0 != "-" })
        return byTag[language == "no" ? "nb" : language]
    }

    /// Every built-in rule, by lowercased tag.
    static let byTag: [String: PluralRule] = Dictionary(uniqueKeysWithValues: all.map { ($0.language.lowercased(), $0) })

    private static let oneOther = "nplurals=2; plural=(n != 1);"
    private static let zeroOneOther = "nplurals=2; plural=(n > 1);"
    private static let otherOnly = "nplurals=1; plural=0;"
    private static let slavicEast = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"

    private static func isOne(_ n: Int) -> PluralCategory { n == 1 ? .one : .other }
    private static func isZeroOrOne(_ n: Int) -> PluralCategory { n <= 1 ? .one : .other }
    private static func rule(_ tag: String, _ forms: String, _ categories: [PluralCategory], _ cldr: @escaping @Sendable (Int) -> PluralCategory) -> PluralRule {
        PluralRule(language: tag, pluralForms: forms, categories: categories, cldrCategory: cldr)
    }

    /// All built-in rules.
    static let all: [PluralRule] = germanic + romance + otherOneOther + slavic + baltic + celtic + semitic + asian

    private static let germanic: [PluralRule] = ["en", "de", "nl", "sv", "da", "nb", "nn", "af", "fy", "lb", "fo"]
        .map { rule($0, oneOther, [.one, .other], isOne) }
        + [rule("is", "nplurals=2; plural=(n%10==1 && n%100!=11 ? 0 : 1);", [.one, .other]) { $0 % 10 == 1 && $0 % 100 != 11 ? .one : .other }]

    private static let romance: [PluralRule] = ["es", "it", "ca", "gl", "pt-PT"].map { rule($0, oneOther, [.one, .other], isOne) }
        + ["fr", "pt"].map { rule($0, zeroOneOther, [.one, .other], isZeroOrOne) }
        + [rule("ro", "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);", [.one, .few, .other]) { n in
            n == 1 ? .one : (n == 0 || (1...19).contains(n % 100)) ? .few : .other
        }]

    private static let otherOneOther: [PluralRule] = ["fi", "et", "el", "hu", "tr", "bg", "eu", "sq", "sw", "ur", "az", "kk", "ka", "ta", "te", "ml", "mn", "ne", "uz"]
        .map { rule($0, oneOther, [.one, .other], isOne) }
        + ["hi", "fa", "bn", "gu", "kn", "mr", "am", "zu"].map { rule($0, zeroOneOther, [.one, .other], isZeroOrOne) }
        + [rule("mk", "nplurals=2; plural=(n%10==1 && n%100!=11 ? 0 : 1);", [.one, .other]) { $0 % 10 == 1 && $0 % 100 != 11 ? .one : .other },
           rule("fil", "nplurals=2; plural=(n%10==4 || n%10==6 || n%10==9 ? 1 : 0);", [.one, .other]) { [4, 6, 9].contains($0 % 10) ? .other : .one }]

    private static func eastSlavic(_ n: Int, many: PluralCategory) -> PluralCategory {
        if n % 10 == 1, n % 100 != 11 { return .one }
        if (2...4).contains(n % 10), !(12...14).contains(n % 100) { return .few }
        return many
    }

    private static let slavic: [PluralRule] = ["ru", "uk", "be"].map { rule($0, slavicEast, [.one, .few, .many]) { eastSlavic($0, many: .many) } }
        + ["sr", "hr", "bs"].map { rule($0, slavicEast, [.one, .few, .other]) { eastSlavic($0, many: .other) } }
        + [rule("pl", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", [.one, .few, .many]) { n in
            n == 1 ? .one : (2...4).contains(n % 10) && !(12...14).contains(n % 100) ? .few : .many
        }]
        + ["cs", "sk"].map { rule($0, "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;", [.one, .few, .other]) { n in
            n == 1 ? .one : (2...4).contains(n) ? .few : .other
        } }
        + [rule("sl", "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);", [.one, .two, .few, .other]) { n in
            switch n % 100 { case 1: .one; case 2: .two; case 3, 4: .few; default: .other }
        }]

    private static let baltic: [PluralRule] = [
        rule("lt", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);", [.one, .few, .other]) { n in
            (11...19).contains(n % 100) ? .other : n % 10 == 1 ? .one : n % 10 >= 2 ? .few : .other
        },
        rule("lv", "nplurals=3; plural=(n%10==0 || n%100>=11 && n%100<=19 ? 0 : n%10==1 && n%100!=11 ? 1 : 2);", [.zero, .one, .other]) { n in
            n % 10 == 0 || (11...19).contains(n % 100) ? .zero : n % 10 == 1 ? .one : .other
        },
    ]

    private static let celtic: [PluralRule] = [
        rule("ga", "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n>=3 && n<=6 ? 2 : n>=7 && n<=10 ? 3 : 4);", [.one, .two, .few, .many, .other]) { n in
            switch n { case 1: .one; case 2: .two; case 3...6: .few; case 7...10: .many; default: .other }
        },
        rule("cy", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5);", [.zero, .one, .two, .few, .many, .other]) { n in
            switch n { case 0: .zero; case 1: .one; case 2: .two; case 3: .few; case 6: .many; default: .other }
        },
    ]

    private static let semitic: [PluralRule] = [
        rule("ar", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);", [.zero, .one, .two, .few, .many, .other]) { n in
            switch n { case 0: return .zero; case 1: return .one; case 2: return .two; default: break }
            switch n % 100 { case 3...10: return .few; case 11...99: return .many; default: return .other }
        },
        rule("he", "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);", [.one, .two, .other]) { n in
            n == 1 ? .one : n == 2 ? .two : .other
        },
        rule("mt", "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n==0 || n%100>=3 && n%100<=10 ? 2 : n%100>=11 && n%100<=19 ? 3 : 4);", [.one, .two, .few, .many, .other]) { n in
            n == 1 ? .one : n == 2 ? .two : (n == 0 || (3...10).contains(n % 100)) ? .few : (11...19).contains(n % 100) ? .many : .other
        },
    ]

    private static let asian: [PluralRule] = ["ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "my", "km"]
        .map { rule($0, otherOnly, [.other]) { _ in .other } }
}
