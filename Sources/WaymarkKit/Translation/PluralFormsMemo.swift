/// `PluralFormsCheck.problem(in:)` remembered per header value: the check
/// evaluates the expression for 1,001 numbers, and the catalogs of a project
/// share a handful of `Plural-Forms` values.
enum PluralFormsMemo {
    /// Values remembered at most (a project has one or two per locale).
    static let capacity = 64
    private static let answers = Locked<[String: String?]>([:])

    /// The same answer as `PluralFormsCheck.problem(in:)`.
    static func problem(in value: String) -> String? {
        // String keys compare canonically equivalent text as equal; for ASCII that is byte equality.
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return PluralFormsCheck.problem(in: value) }
        if let known = answers.withLock({ $0[value] }) { return known }
        let answer = PluralFormsCheck.problem(in: value)
        answers.withLock { if $0.count < capacity { $0[value] = answer } }
        return answer
    }
}
