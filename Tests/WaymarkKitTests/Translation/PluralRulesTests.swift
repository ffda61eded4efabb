import Testing
@testable import WaymarkKit

@Suite struct PluralRulesTests {
    static let required = ["ar", "ru", "pl", "cs", "uk", "ga", "cy", "ja", "zh", "fi", "es", "de", "fr", "sv", "en", "pt", "it", "nl", "tr", "ko", "vi", "he", "hi", "id", "th", "ro", "hu", "el", "da", "nb", "sk", "bg", "hr", "sr", "sl", "lt", "lv", "et", "fa", "ms", "ca"]

    @Test func coversTheMostUsedWebLanguages() {
        #expect(Self.required.count >= 40)
        for tag in Self.required { #expect(PluralRules.rule(for: tag) != nil, "\(tag)") }
        #expect(PluralRules.all.count >= 50)
        #expect(PluralRules.rule(for: "pt-PT")?.pluralForms == "nplurals=2; plural=(n != 1);")
        #expect(PluralRules.rule(for: "pt_BR")?.pluralForms == "nplurals=2; plural=(n > 1);")
        #expect(PluralRules.rule(for: "zh-Hans")?.categories == [.other])
        #expect(PluralRules.rule(for: "no")?.language == "nb")
        #expect(PluralRules.rule(for: "xx") == nil)
    }

    /// For n in 0...200 the gettext expression picks the form whose declared
    /// category is the one the CLDR rule gives; every form is used.
    @Test(arguments: PluralRules.all.map(\.language))
    func gettextIndexMatchesCLDRCategory(tag: String) throws {
        let rule = try #require(PluralRules.rule(for: tag))
        let forms = try GettextPluralForms(header: rule.pluralForms)
        #expect(forms.count == rule.categories.count)
        #expect(rule.categories == rule.categories.sorted() && Set(rule.categories).count == rule.categories.count)
        var used = Set<Int>()
        for n in 0...200 {
            let index = forms.expression.evaluate(n)
            #expect((0..<forms.count).contains(index), "\(tag) n=\(n)")
            #expect(rule.categories[min(index, forms.count - 1)] == rule.cldrCategory(n), "\(tag) n=\(n)")
            used.insert(index)
        }
        #expect(used.count == forms.count, "\(tag) uses \(used.sorted())")
    }

    @Test(arguments: [
        ("n != 1", 1, 0), ("n != 1", 5, 1), ("n%10==1 && n%100!=11 ? 0 : 1", 111, 1), ("n%10==1 && n%100!=11 ? 0 : 1", 21, 0),
        ("(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", 3, 1), ("!n", 0, 1), ("!(n > 2) || n == 7", 7, 1), ("2 + 3 * 4 - 10 / 2", 0, 9),
        ("n / 0 + n % 0", 5, 0), ("1 ? 2 ? 3 : 4 : 5", 0, 3), ("n < 2 == 1", 1, 1), ("n<=1 && n>=1", 1, 1),
    ])
    func evaluatesExpression(text: String, n: Int, expected: Int) throws {
        #expect(try PluralExpression(parsing: text).evaluate(n) == expected)
    }

    @Test(arguments: [("n +", 3), ("(n", 2), ("n ? 1", 5), ("x", 0), ("n 1", 2)])
    func rejectsMalformedExpression(text: String, offset: Int) {
        #expect(throws: PluralExpression.ParseError.self) { try PluralExpression(parsing: text) }
        do { _ = try PluralExpression(parsing: text) } catch { #expect(error.offset == offset, "\(error)") }
    }

    @Test func readsPluralFormsHeader() throws {
        let forms = try GettextPluralForms(header: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
        #expect(forms.count == 3 && forms.index(for: 22) == 1 && forms.index(for: 11) == 2)
        #expect(throws: PluralExpression.ParseError.self) { try GettextPluralForms(header: "plural=n;") }
    }
}
