/// Checks a catalog's `Plural-Forms` header the way `msgfmt --check` does,
/// plus Waymark's bound on `nplurals`: a translator's header must not make a
/// later `sync` allocate millions of forms, and must give every `n` a form.
enum PluralFormsCheck {
    /// No language needs more forms than Arabic's six (CLDR zero/one/two/few/many/other).
    static let maximumForms = 6
    /// `msgfmt` evaluates the expression for these `n`; so does this check.
    static let checkedNumbers: ClosedRange<UInt> = 0...1000

    /// Why `value` (the header's text after `Plural-Forms:`) is not usable, or nil.
    /// Messages follow msgfmt's wording where msgfmt has one.
    static func problem(in value: String) -> String? {
        guard let countRange = value.range(of: "nplurals="), let pluralRange = pluralAssignment(in: value) else {
            return "Plural-Forms needs 'nplurals=N; plural=EXPRESSION;'"
        }
        let digits = value[countRange.upperBound...].drop { $0 == " " || $0 == "\t" }.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return "invalid nplurals value" }
        guard let count = Int(digits), count <= maximumForms else {
            return "nplurals = \(digits) is more than \(maximumForms), the most any language needs"
        }
        let text = value[pluralRange.upperBound...].prefix { $0 != ";" }
        let expression: PluralExpression
        do {
            expression = try PluralExpression(parsing: String(text))
        } catch {
            return "invalid plural expression: \(error.message)"
        }
        for n in checkedNumbers {
            let result: UInt
            do {
                result = try expression.evaluateChecked(n)
            } catch {
                return "plural expression can produce division by zero"
            }
            if Int(bitPattern: result) < 0 { return "plural expression can produce negative values" }
            if result >= UInt(count) { return "nplurals = \(count) but plural expression can produce values as large as \(result)" }
        }
        return nil
    }

    /// The range of `plural=` that is not the tail of `nplurals=`.
    private static func pluralAssignment(in value: String) -> Range<String.Index>? {
        var start = value.startIndex
        while let found = value.range(of: "plural=", range: start..<value.endIndex) {
            if found.lowerBound == value.startIndex || value[value.index(before: found.lowerBound)] != "n" { return found }
            start = found.upperBound
        }
        return nil
    }
}
