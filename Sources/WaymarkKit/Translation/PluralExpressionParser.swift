/// Recursive-descent parser for `PluralExpression`, with C precedence.
struct PluralExpressionParser {
    private let chars: [Character]
    private var position = 0
    /// Open parentheses, `!` and `?:` around the current position.
    private var depth = 0
    /// Deeper nesting is refused: no real plural rule comes close, and the
    /// recursive descent must not run out of stack on a crafted header.
    static let maximumDepth = 50

    /// A parser over `text`.
    init(_ text: String) { chars = Array(text) }

    /// Parses the whole text as one expression.
    mutating func parseAll() throws(PluralExpression.ParseError) -> PluralExpression {
        let expression = try conditional()
        skipSpaces()
        guard position == chars.count else { throw error("unexpected '\(chars[position])'") }
        return expression
    }

    private static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]]

    private mutating func conditional() throws(PluralExpression.ParseError) -> PluralExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("expression nests more than \(Self.maximumDepth) levels deep") }
        let test = try binary(level: 0)
        guard consume("?") else { return test }
        let then = try conditional()
        guard consume(":") else { throw error("expected ':'") }
        return .conditional(test, then, try conditional())
    }

    private mutating func binary(level: Int) throws(PluralExpression.ParseError) -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while let op = Self.levels[level].first(where: { peek($0) }) {
            _ = consume(op)
            left = .binary(op, left, try binary(level: level + 1))
        }
        return left
    }

    private mutating func unary() throws(PluralExpression.ParseError) -> PluralExpression {
        if peek("!"), !peek("!=") {
            _ = consume("!")
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw error("expression nests more than \(Self.maximumDepth) levels deep") }
            return .not(try unary())
        }
        if consume("(") {
            let inner = try conditional()
            guard consume(")") else { throw error("expected ')'") }
            return inner
        }
        skipSpaces()
        if consume("n") { return .n }
        var digits = ""
        while position < chars.count, let digit = chars[position].wholeNumberValue, chars[position].isASCII {
            digits.append(String(digit))
            position += 1
        }
        guard let number = Int(digits) else {
            throw error(position < chars.count ? "unexpected '\(chars[position])'" : "unexpected end of expression")
        }
        return .number(number)
    }

    private mutating func skipSpaces() {
        while position < chars.count, chars[position] == " " || chars[position] == "\t" { position += 1 }
    }

    private mutating func peek(_ token: String) -> Bool {
        skipSpaces()
        let token = Array(token)
        return position + token.count <= chars.count && Array(chars[position..<(position + token.count)]) == token
    }

    private mutating func consume(_ token: String) -> Bool {
        guard peek(token) else { return false }
        position += token.count
        return true
    }

    private func error(_ message: String) -> PluralExpression.ParseError {
        PluralExpression.ParseError(message: message, offset: position)
    }
}
