/// A gettext plural expression (`plural=` in `Plural-Forms`): the C subset
/// gettext accepts — `n`, integer literals, `! * / % + - < <= > >= == != && || ?:`
/// and parentheses — parsed once and evaluated for any `n`.
indirect enum PluralExpression: Sendable, Hashable {
    /// The variable `n`.
    case n
    /// An integer literal.
    case number(Int)
    /// Logical not (`!x`).
    case not(PluralExpression)
    /// A binary operator (`"%"`, `"=="`, `"&&"`, ...) and its operands.
    case binary(String, PluralExpression, PluralExpression)
    /// `test ? then : otherwise`.
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    /// Why an expression does not parse, with the 0-based character offset.
    struct ParseError: Error, Equatable {
        var message: String
        var offset: Int
    }

    /// Parses an expression such as `(n%10==1 && n%100!=11 ? 0 : 1)`.
    init(parsing text: String) throws(ParseError) {
        var parser = PluralExpressionParser(text)
        self = try parser.parseAll()
    }

    /// The value for `n`, with C semantics (booleans are 0/1; division by zero gives 0).
    func evaluate(_ value: Int) -> Int {
        switch self {
        case .n: return value
        case .number(let number): return number
        case .not(let operand): return operand.evaluate(value) == 0 ? 1 : 0
        case .conditional(let test, let then, let otherwise):
            return test.evaluate(value) != 0 ? then.evaluate(value) : otherwise.evaluate(value)
        case .binary(let op, let lhs, let rhs):
            let left = lhs.evaluate(value)
            if op == "&&" { return left != 0 && rhs.evaluate(value) != 0 ? 1 : 0 }
            if op == "||" { return left != 0 || rhs.evaluate(value) != 0 ? 1 : 0 }
            return Self.apply(op, left, rhs.evaluate(value))
        }
    }

    private static func apply(_ op: String, _ left: Int, _ right: Int) -> Int {
        switch op {
        case "*": return left &* right
        case "/": return right == 0 ? 0 : left / right
        case "%": return right == 0 ? 0 : left % right
        case "+": return left &+ right
        case "-": return left &- right
        case "<": return left < right ? 1 : 0
        case "<=": return left <= right ? 1 : 0
        case ">": return left > right ? 1 : 0
        case ">=": return left >= right ? 1 : 0
        case "==": return left == right ? 1 : 0
        default: return left != right ? 1 : 0
        }
    }
}
