import Foundation

/// A parsed `Plural-Forms` header value: `nplurals=N; plural=EXPR;`.
struct GettextPluralForms: Sendable, Hashable {
    /// `nplurals`: how many `msgstr[n]` a plural entry has.
    var count: Int
    /// `plural`: maps a number to its form index.
    var expression: PluralExpression
    /// The header text it was made from.
    var headerValue: String

    /// Parses a header value such as `nplurals=2; plural=(n != 1);`.
    init(header: String) throws(PluralExpression.ParseError) {
        var count: Int?
        var expression: PluralExpression?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            if name == "nplurals" { count = Int(pair[1].trimmingCharacters(in: .whitespaces)) }
            if name == "plural" { expression = try PluralExpression(parsing: String(pair[1])) }
        }
        guard let count, count > 0, let expression else {
            throw PluralExpression.ParseError(message: "Plural-Forms needs 'nplurals=N; plural=EXPR;'", offset: 0)
        }
        self.count = count
        self.expression = expression
        self.headerValue = header
    }

    /// The form index for `n`; out-of-range results fall back to the last form.
    func index(for n: Int) -> Int {
        let value = expression.evaluate(n)
        return (0..<count).contains(value) ? value : count - 1
    }
}
