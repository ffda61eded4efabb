/// A translation must keep every `{{placeholder}}` of its source and add none:
/// a lost `{{helplines.0.phone}}` hides a phone number from the reader, an
/// unknown one shows braces. Order may change with the language's word order.
struct PlaceholderMismatchRule: TranslationUnitRule {
    static let description = RuleDescription(
        id: "placeholder-mismatch", name: "Placeholder mismatch",
        summary: "A translation must contain the same set of {{placeholders}} as its source (any order).",
        category: .translation, defaultSeverity: .error,
        triggeringExamples: [
            .translation("Call {{helplines.0.phone}} now.", "Llama ahora.", triggering: true, files: helplines),
            .translation("Call {{helplines.0.phone}} now.", "Soita numeroon {{helplines.0.name}} nyt.", locale: "fi",
                         triggering: true, files: helplines),
        ],
        nonTriggeringExamples: [
            .translation("Call {{helplines.0.name}} on {{helplines.0.phone}}.",
                         "Llama al {{helplines.0.phone}} ({{helplines.0.name}}).", triggering: false, files: helplines),
            .translation("Call {{ helplines.0.phone }} now.", "Soita nyt {{helplines.0.phone}}.", locale: "fi",
                         triggering: false, files: helplines),
        ])

    /// A `_data` file that defines the placeholders the examples use.
    static let helplines = ["Source-Content/_data/helplines.yaml": "- name: Sample Helpline\n  phone: '0800 000 000'\n"]

    func check(unit: TranslationUnitCheck) -> [Diagnostic] {
        let source = Set(Placeholder.scan(unit.sourceText).map(\.name))
        let translated = Set(Placeholder.scan(unit.translation).map(\.name))
        guard source != translated else { return [] }
        var problems: [String] = []
        let missing = source.subtracting(translated)
        let added = translated.subtracting(source)
        if !missing.isEmpty { problems.append("missing \(Self.list(missing))") }
        if !added.isEmpty { problems.append("\(Self.list(added)) not in the source") }
        return [diagnostic("placeholders differ from the source: \(problems.joined(separator: "; "))", at: unit.location)]
    }

    private static func list(_ names: Set<String>) -> String {
        names.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
    }
}
