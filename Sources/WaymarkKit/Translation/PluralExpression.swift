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

    /// The value for `n`, as gettext computes it: `unsigned long` arithmetic
    /// (subtraction wraps, comparisons are unsigned), booleans are 0/1, and
    /// division by zero gives 0 here (the header check refuses such expressions).
    func evaluate(_ value: Int) -> Int {
        Int(bitPattern: (try? evaluateChecked(UInt(bitPattern: value))) ?? 0)
    }

    /// Division or remainder by zero, which makes `msgfmt --check` refuse the expression.
    struct DivisionByZero: Error {}

    /// The unsigned value for `n`, throwing where gettext would raise SIGFPE.
    func evaluateChecked(_ value: UInt) throws(DivisionByZero) -> UInt {
        switch self {
        case .n: return value
        case .number(let number): return UInt(bitPattern: number)
        case .not(let operand): return try operand.evaluateChecked(value) == 0 ? 1 : 0
        case .conditional(let test, let then, let otherwise):
            let branch = try test.evaluateChecked(value) != 0 ? then : otherwise
            return try branch.evaluateChecked(value)
        case .binary(let op, let lhs, let rhs):
            let left = try lhs.evaluateChecked(value)
            // && and || do not evaluate their right side when the left decides (as in C).
            if op == "&&", left == 0 { return 0 }
            if op == "||", left != 0 { return 1 }
            let right = try rhs.evaluateChecked(value)
            if op == "&&" || op == "||" { return right != 0 ? 1 : 0 }
            return try Self.apply(op, left, right)
        }
    }

    private static func apply(_ op: String, _ left: UInt, _ right: UInt) throws(DivisionByZero) -> UInt {
        switch op {
        case "*": return left &* right
        case "/": if right == 0 { throw DivisionByZero() }; return left / right
        case "%": if right == 0 { throw DivisionByZero() }; return left % right
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
